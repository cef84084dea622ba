using Auth.Application.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Sessions;

/// <summary>After the password is accepted: start a session, or mail the second-factor code and wait for it.</summary>
public sealed class SignInCompletion(SessionStarter sessions, OtpSender otpSender)
{
    public async Task<Result<SignInOutcome>> CompleteAsync(
        User user, SignInStep step, SignInMode mode, ClientInfo client, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (step == SignInStep.Completed) return await sessions.StartAsync(user, mode, client, now, cancellationToken);

        var sent = await otpSender.SendSecondFactorAsync(user.Email, now, cancellationToken);
        return sent.IsSuccess ? SignInOutcome.SecondFactorRequired : sent.Error!;
    }
}
