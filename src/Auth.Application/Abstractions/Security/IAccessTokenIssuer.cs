using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Security;

/// <summary>Signs short-lived JWT access tokens.</summary>
public interface IAccessTokenIssuer
{
    ValueTask<IssuedAccessToken> IssueAsync(User user, SessionId sessionId, DateTimeOffset now, CancellationToken cancellationToken);
}
