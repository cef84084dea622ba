using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.OneTimePasswords;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.SignInWithOtp;

public sealed class SignInWithOtpCommandHandler(
    IUserRepository users,
    ISessionRepository sessions,
    OtpVerifier verifier,
    SignInCompletion completion,
    AuthSettings settings,
    TimeProvider clock)
    : ICommandHandler<SignInWithOtpCommand, Result<SignInOutcome>>
{
    public async ValueTask<Result<SignInOutcome>> Handle(SignInWithOtpCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Create(command.Email).Value;
        var now = clock.GetUtcNow();
        var verified = await verifier.VerifyAsync(email, OtpType.SignIn, command.Code, now, cancellationToken);
        if (verified.IsFailure) return verified.Error!;

        var user = await users.FindByEmailAsync(email, cancellationToken);
        if (user is null) return OtpErrors.Invalid;
        var signedIn = user.CompleteCodeSignIn(now, settings.BootstrapAdmin);
        if (signedIn.IsFailure) return signedIn.Error!;
        if (signedIn.Value.UnprovenPasswordDiscarded)
            await sessions.EndAllOfUserAsync(user.Id, SessionRevocationReason.PasswordChanged, now, cancellationToken);
        return await completion.CompleteAsync(user, signedIn.Value.Step, command.Mode, command.Client, now, cancellationToken);
    }
}
