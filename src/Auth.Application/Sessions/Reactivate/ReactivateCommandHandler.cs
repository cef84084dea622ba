using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.Reactivate;

/// <summary>The owner of a soft-deleted account brings it back with the password, once the window has opened.</summary>
public sealed class ReactivateCommandHandler(
    CredentialCheck credentials, SignInCompletion completion, AuthSettings settings, TimeProvider clock)
    : ICommandHandler<ReactivateCommand, Result<SignInOutcome>>
{
    public async ValueTask<Result<SignInOutcome>> Handle(ReactivateCommand command, CancellationToken cancellationToken)
    {
        var (user, verification) = await credentials.CheckAsync(command.Email, command.Password, cancellationToken);
        if (user is null) return UserErrors.InvalidCredentials;

        var now = clock.GetUtcNow();
        var step = user.AttemptReactivation(verification != PasswordVerification.Failed, settings.Lockout, settings.RequireVerifiedEmail, now);
        if (step.IsFailure) return step.Error!;
        return await completion.CompleteAsync(user, step.Value, command.Mode, command.Client, now, cancellationToken);
    }
}
