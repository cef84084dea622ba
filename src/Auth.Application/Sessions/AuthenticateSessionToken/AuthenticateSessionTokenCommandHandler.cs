using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.AuthenticateSessionToken;

public sealed class AuthenticateSessionTokenCommandHandler(
    ISessionRepository sessions, IUserRepository users, IOpaqueTokenGenerator opaqueTokens, AuthSettings settings, TimeProvider clock)
    : ICommandHandler<AuthenticateSessionTokenCommand, Result<AccessTokenSubject>>
{
    public async ValueTask<Result<AccessTokenSubject>> Handle(AuthenticateSessionTokenCommand command, CancellationToken cancellationToken)
    {
        var session = await sessions.FindByTokenHashAsync(opaqueTokens.Hash(command.Token), cancellationToken);
        var user = session is null ? null : await users.FindByIdReadOnlyAsync(session.UserId, cancellationToken);
        if (session is null || user is null || user.IsDeleted) return SessionErrors.NotActive;

        var used = session.RecordUse(clock.GetUtcNow(), settings.Session);
        if (used.IsFailure) return used.Error!;
        return new AccessTokenSubject(user.Id, session.Id, user.Email.Value, user.Role, user.IsEmailVerified);
    }
}
