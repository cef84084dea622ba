using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Sessions.ListMySessions;

public sealed class ListMySessionsQueryHandler(ISessionRepository sessions, TimeProvider clock)
    : IQueryHandler<ListMySessionsQuery, Result<IReadOnlyList<SessionDto>>>
{
    public async ValueTask<Result<IReadOnlyList<SessionDto>>> Handle(ListMySessionsQuery query, CancellationToken cancellationToken)
    {
        var active = await sessions.ListActiveByUserAsync(query.UserId, clock.GetUtcNow(), cancellationToken);
        return Result<IReadOnlyList<SessionDto>>.From(active
            .Select(s => new SessionDto(s.Id.Value, s.Ip, s.UserAgent, s.CreatedAt, s.LastUsedAt, s.ExpiresAt, s.Id == query.CurrentSessionId))
            .ToList());
    }
}
