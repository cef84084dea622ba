using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.DisableTotp;

public sealed class DisableTotpCommandHandler(
    IUserRepository users, IPasswordHasher hasher, SecondFactorCodes codes, AuthSettings settings, TimeProvider clock)
    : ICommandHandler<DisableTotpCommand, Result>
{
    public async ValueTask<Result> Handle(DisableTotpCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var now = clock.GetUtcNow();
        var confirmed = command.Code is { Length: > 0 } code
            ? user.AcceptTotpCode(codes.MatchStep(user, code, now), now)
            : user.ConfirmPassword(await hasher.MatchesAsync(command.Password, user.PasswordHash, cancellationToken), settings.Lockout, now);
        return confirmed.IsFailure ? confirmed : user.DisableTotp(now);
    }
}
