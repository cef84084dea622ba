using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Security;

/// <summary>Who a valid access token or session token speaks for.</summary>
public sealed record AccessTokenSubject(UserId UserId, SessionId SessionId, string Email, Role Role, bool EmailVerified);
