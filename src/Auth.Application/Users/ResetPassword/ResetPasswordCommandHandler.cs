using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Application.OneTimePasswords;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.ResetPassword;

/// <summary>Sets a new password with an emailed code; clears the lockout and ends every session.</summary>
public sealed class ResetPasswordCommandHandler(
    IUserRepository users, ISessionRepository sessions, OtpVerifier verifier, IPasswordHasher hasher, TimeProvider clock)
    : ICommandHandler<ResetPasswordCommand, Result>
{
    public async ValueTask<Result> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Create(command.Email).Value;
        var now = clock.GetUtcNow();
        var verified = await verifier.VerifyAsync(email, OtpType.PasswordReset, command.Code, now, cancellationToken);
        if (verified.IsFailure) return verified;

        var user = await users.FindByEmailAsync(email, cancellationToken);
        if (user is null) return OtpErrors.Invalid;
        user.ResetPassword(await hasher.HashAsync(command.NewPassword, cancellationToken), now);
        await sessions.EndAllOfUserAsync(user.Id, SessionRevocationReason.PasswordChanged, now, cancellationToken);
        return Result.Success;
    }
}
