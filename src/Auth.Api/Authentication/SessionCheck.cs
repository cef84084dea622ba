using System.Collections.Concurrent;
using Auth.Application.Sessions.IsSessionActive;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Api.Authentication;

/// <summary>
/// Strict mode (<c>Auth:Jwt:ValidateSession=true</c>): an access token is refused once its session is revoked.
/// Answers are remembered for <c>Auth:Jwt:SessionCheckSeconds</c> (default 5), so a revocation takes effect
/// within that time while a busy client costs one lookup per interval, not one per request.
/// </summary>
internal sealed class SessionCheck(IConfiguration configuration, TimeProvider clock)
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<SessionId, (bool Active, DateTimeOffset CheckedAt)> _answers = new();
    private readonly TimeSpan _cacheFor = TimeSpan.FromSeconds(configuration.GetValue("Auth:Jwt:SessionCheckSeconds", 5));

    public bool Enabled { get; } = configuration.GetValue("Auth:Jwt:ValidateSession", false);

    public async ValueTask<bool> IsActiveAsync(SessionId sessionId, IMediator mediator, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_answers.TryGetValue(sessionId, out var known) && now - known.CheckedAt < _cacheFor) return known.Active;

        var active = await mediator.Send(new IsSessionActiveQuery(sessionId), cancellationToken);
        if (_answers.Count >= MaxEntries) _answers.Clear();
        _answers[sessionId] = (active, now);
        return active;
    }
}
