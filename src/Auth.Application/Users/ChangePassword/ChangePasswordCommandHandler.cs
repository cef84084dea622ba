using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Application.OneTimePasswords;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.ChangePassword;

/// <summary>Changes the password with the current one and an emailed code; every other session ends.</summary>
public sealed class ChangePasswordCommandHandler(
    IUserRepository users, ISessionRepository sessions, IPasswordHasher hasher, OtpVerifier verifier, AuthSettings settings, TimeProvider clock)
    : ICommandHandler<ChangePasswordCommand, Result>
{
    public async ValueTask<Result> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var now = clock.GetUtcNow();
        var matches = await hasher.MatchesAsync(command.CurrentPassword, user.PasswordHash, cancellationToken);
        var confirmed = user.ConfirmPassword(matches, settings.Lockout, now);
        if (confirmed.IsFailure) return confirmed;

        var verified = await verifier.VerifyAsync(user.Email, OtpType.PasswordChange, command.Code, now, cancellationToken);
        if (verified.IsFailure) return verified;

        user.ChangePassword(await hasher.HashAsync(command.NewPassword, cancellationToken), now);
        await sessions.EndAllOfUserAsync(user.Id, SessionRevocationReason.PasswordChanged, now, cancellationToken, keep: command.CurrentSessionId);
        return Result.Success;
    }
}
