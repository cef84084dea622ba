using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

/// <summary>A refresh token with the session it belongs to and that session's user, as a rotation needs them.</summary>
public sealed record RefreshTokenWithOwner(RefreshToken Token, Session Session, User User);
