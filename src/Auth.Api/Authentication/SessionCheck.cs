using System.Collections.Concurrent;
using Auth.Application.Sessions.IsSessionActive;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Api.Authentication;

/// <summary>
/// Strict mode (<c>Auth:Jwt:ValidateSession=true</c>): an access token is refused once its session is revoked, at once
/// and on every instance, since each request asks the store (one indexed lookup). An operator may trade that for load
/// with <c>Auth:Jwt:SessionCheckSeconds</c> &gt; 0: answers are then remembered per instance for that long, and a
/// revocation made on another instance takes effect within it.
/// </summary>
internal sealed class SessionCheck(IConfiguration configuration, TimeProvider clock)
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<SessionId, (bool Active, DateTimeOffset CheckedAt)> _answers = new();
    private readonly TimeSpan _cacheFor = TimeSpan.FromSeconds(configuration.GetValue("Auth:Jwt:SessionCheckSeconds", 0));

    public bool Enabled { get; } = configuration.GetValue("Auth:Jwt:ValidateSession", false);

    public async ValueTask<bool> IsActiveAsync(SessionId sessionId, IMediator mediator, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cacheFor > TimeSpan.Zero && _answers.TryGetValue(sessionId, out var known) && now - known.CheckedAt < _cacheFor) return known.Active;

        var active = await mediator.Send(new IsSessionActiveQuery(sessionId), cancellationToken);
        if (_cacheFor == TimeSpan.Zero) return active;
        if (_answers.Count >= MaxEntries) _answers.Clear();
        _answers[sessionId] = (active, now);
        return active;
    }
}
