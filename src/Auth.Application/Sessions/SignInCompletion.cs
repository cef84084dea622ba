using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Application.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Application.Sessions;

/// <summary>
/// After a first step: start a session, or issue the challenge that is the only way to the second step (mailing the
/// code when the emailed code is the account's second factor).
/// </summary>
public sealed class SignInCompletion(
    SessionStarter sessions, ISignInChallengeRepository challenges, IOpaqueTokenGenerator opaqueTokens, OtpSender otpSender)
{
    public async Task<Result<SignInOutcome>> CompleteAsync(
        User user, SignInStep step, SignInMode mode, ClientInfo client, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (step == SignInStep.Completed) return await sessions.StartAsync(user, mode, client, now, cancellationToken);
        return await ChallengeAsync(user, now, cancellationToken);
    }

    private async Task<Result<SignInOutcome>> ChallengeAsync(User user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var methods = user.SecondFactorMethods;
        if (methods.Contains(SecondFactorMethod.Email))
        {
            var sent = await otpSender.SendSecondFactorAsync(user.Email, now, cancellationToken);
            if (sent.IsFailure) return sent.Error!;
        }

        var token = opaqueTokens.Generate();
        var challenge = SignInChallenge.Issue(user.Id, token.Hash, now);
        challenges.Add(challenge);
        return SignInOutcome.SecondFactorRequired(
            new TwoFactorChallenge(token.Value, methods.Select(m => m.ToWireName()).ToList(), challenge.ExpiresAt));
    }
}
