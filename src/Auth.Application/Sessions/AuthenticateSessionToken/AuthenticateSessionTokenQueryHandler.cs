using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.AuthenticateSessionToken;

public sealed class AuthenticateSessionTokenQueryHandler(
    ISessionRepository sessions, ISessionUseRecorder uses, IOpaqueTokenGenerator opaqueTokens, AuthSettings settings, TimeProvider clock)
    : IQueryHandler<AuthenticateSessionTokenQuery, Result<AccessTokenSubject>>
{
    public async ValueTask<Result<AccessTokenSubject>> Handle(AuthenticateSessionTokenQuery query, CancellationToken cancellationToken)
    {
        var found = await sessions.FindWithUserByTokenHashAsync(opaqueTokens.Hash(query.Token), cancellationToken);
        if (found is not { Session: var session, User: var user } || user.IsDeleted) return SessionErrors.NotActive;

        var now = clock.GetUtcNow();
        var active = session.EnsureActive(now);
        if (active.IsFailure) return active.Error!;
        if (session.UseToRecord(now, settings.Session) is { } use) uses.Record(use);
        return new AccessTokenSubject(user.Id, session.Id, user.Email.Value, user.Role, user.IsEmailVerified);
    }
}
