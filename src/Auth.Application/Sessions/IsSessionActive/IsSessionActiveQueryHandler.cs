using Auth.Application.Abstractions.Persistence;
using Mediator;

namespace Auth.Application.Sessions.IsSessionActive;

public sealed class IsSessionActiveQueryHandler(ISessionRepository sessions, TimeProvider clock) : IQueryHandler<IsSessionActiveQuery, bool>
{
    public async ValueTask<bool> Handle(IsSessionActiveQuery query, CancellationToken cancellationToken)
    {
        var session = await sessions.FindByIdReadOnlyAsync(query.SessionId, cancellationToken);
        return session?.IsActiveAt(clock.GetUtcNow()) == true;
    }
}
