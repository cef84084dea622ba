using Auth.Application.Abstractions.Persistence;
using Auth.Application.OneTimePasswords;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.ForgotPassword;

/// <summary>
/// Always succeeds, in the same time, so nobody learns whether the email has an account; mails a reset code when
/// it does (and none while the previous one is in its resend cooldown).
/// </summary>
public sealed class ForgotPasswordCommandHandler(IUserRepository users, OtpSender otpSender, TimeProvider clock)
    : ICommandHandler<ForgotPasswordCommand, Result>
{
    public async ValueTask<Result> Handle(ForgotPasswordCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Create(command.Email).Value;
        var now = clock.GetUtcNow();
        var user = await users.FindByEmailAsync(email, cancellationToken);
        await otpSender.SendOnRequestAsync(user, email, OtpType.PasswordReset, now, cancellationToken);
        return Result.Success;
    }
}
