using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.SignIn;

/// <summary>Password sign-in. An unknown email costs a dummy hash and gets the same answer as a wrong password.</summary>
public sealed class SignInCommandHandler(
    CredentialCheck credentials, IPasswordHasher hasher, SignInCompletion completion, AuthSettings settings, TimeProvider clock)
    : ICommandHandler<SignInCommand, Result<SignInOutcome>>
{
    public async ValueTask<Result<SignInOutcome>> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var (user, verification) = await credentials.CheckAsync(command.Email, command.Password, cancellationToken);
        if (user is null) return UserErrors.InvalidCredentials;

        var now = clock.GetUtcNow();
        var step = user.AttemptSignIn(verification != PasswordVerification.Failed, settings.Lockout, settings.RequireVerifiedEmail, now);
        if (step.IsFailure) return step.Error!;
        if (verification == PasswordVerification.SucceededRehashNeeded)
            user.UpgradePasswordHash(await hasher.HashAsync(command.Password, cancellationToken), now);

        return await completion.CompleteAsync(user, step.Value, command.Mode, command.Client, now, cancellationToken);
    }
}
