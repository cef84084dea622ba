using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

/// <summary>A session and its user as one read returns them (whether either is tracked is said by the method that returns them).</summary>
public sealed record SessionWithUser(Session Session, User User);
