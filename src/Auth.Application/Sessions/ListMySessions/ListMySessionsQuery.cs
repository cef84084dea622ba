using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.ListMySessions;

public sealed record ListMySessionsQuery(UserId UserId, SessionId CurrentSessionId) : IQuery<Result<IReadOnlyList<SessionDto>>>;
