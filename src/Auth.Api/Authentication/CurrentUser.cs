using System.Security.Claims;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Api.Authentication;

/// <summary>Reads who is calling from the principal the bearer handler built.</summary>
internal static class CurrentUser
{
    public static UserId UserId(this ClaimsPrincipal principal) => new(Guid.Parse(principal.FindFirstValue(AuthClaims.Subject)!));

    public static SessionId SessionId(this ClaimsPrincipal principal) => new(Guid.Parse(principal.FindFirstValue(AuthClaims.SessionId)!));
}
