using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.RevokeMySession;

public sealed record RevokeMySessionCommand(UserId UserId, SessionId SessionId) : ICommand<Result>;
