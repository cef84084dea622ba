using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

/// <summary>A session and its user as one read returns them, neither tracked (so never saved).</summary>
public sealed record SessionWithUser(Session Session, User User);
