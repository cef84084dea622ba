using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.AuthenticateSessionToken;

public sealed class AuthenticateSessionTokenQueryHandler(
    ISessionRepository sessions, IUserRepository users, IOpaqueTokenGenerator opaqueTokens, AuthSettings settings, TimeProvider clock)
    : IQueryHandler<AuthenticateSessionTokenQuery, Result<AccessTokenSubject>>
{
    public async ValueTask<Result<AccessTokenSubject>> Handle(AuthenticateSessionTokenQuery query, CancellationToken cancellationToken)
    {
        var session = await sessions.FindByTokenHashAsync(opaqueTokens.Hash(query.Token), cancellationToken);
        var user = session is null ? null : await users.FindByIdReadOnlyAsync(session.UserId, cancellationToken);
        if (session is null || user is null || user.IsDeleted) return SessionErrors.NotActive;

        var now = clock.GetUtcNow();
        var active = session.EnsureActive(now);
        if (active.IsFailure) return active.Error!;
        if (session.UseToRecord(now, settings.Session) is { } use) await sessions.RecordUseAsync(use, cancellationToken);
        return new AccessTokenSubject(user.Id, session.Id, user.Email.Value, user.Role, user.IsEmailVerified);
    }
}
