using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Application.OneTimePasswords;
using Auth.Application.Users;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.SignInWithSecondFactor;

/// <summary>Checks the code with the user's factor, records the outcome on the challenge, and starts the session once.</summary>
public sealed class SignInWithSecondFactorCommandHandler(
    ISignInChallengeRepository challenges,
    IUserRepository users,
    IOpaqueTokenGenerator opaqueTokens,
    SecondFactorCodes codes,
    OtpVerifier otpVerifier,
    SessionStarter starter,
    TimeProvider clock)
    : ICommandHandler<SignInWithSecondFactorCommand, Result<SignInOutcome>>
{
    public async ValueTask<Result<SignInOutcome>> Handle(SignInWithSecondFactorCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var challenge = await challenges.FindByTokenHashAsync(opaqueTokens.Hash(command.Challenge), cancellationToken);
        if (challenge is null) return SignInChallengeErrors.Invalid;
        var open = challenge.EnsureOpen(now);
        if (open.IsFailure) return open.Error!;
        var user = await users.FindByIdAsync(challenge.UserId, cancellationToken);
        if (user is null) return SignInChallengeErrors.Invalid;

        WireNames.TryParseSecondFactorMethod(command.Method, out var method);
        var check = user.SecondFactorMethods.Contains(method)
            ? await CheckAsync(user, method, command.Code, now, cancellationToken)
            : UserErrors.TwoFactorInvalid;
        var completed = challenge.Complete(check, now);
        if (completed.IsFailure) return completed.Error!;

        var allowed = user.EnsureCanSignIn(now, requireVerifiedEmail: false);
        if (allowed.IsFailure) return allowed.Error!;
        user.RecordSuccessfulSignIn(now);
        return await starter.StartAsync(user, command.Mode, command.Client, now, cancellationToken);
    }

    private async Task<Result> CheckAsync(User user, SecondFactorMethod method, string code, DateTimeOffset now, CancellationToken cancellationToken) =>
        method switch
        {
            SecondFactorMethod.Totp => user.AcceptTotpCode(codes.MatchStep(user, code, now), now),
            SecondFactorMethod.Recovery => user.UseRecoveryCode(codes.HashRecoveryCode(user.Id, code), now),
            _ => (await otpVerifier.VerifyAsync(user.Email, OtpType.SignIn, code, now, cancellationToken)).IsSuccess
                ? Result.Success
                : UserErrors.TwoFactorInvalid,
        };
}
