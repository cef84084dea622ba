using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Application.Users;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.SignInWithPasskey;

public sealed class SignInWithPasskeyCommandHandler(
    IUserRepository users, IPasskeyRepository passkeys, IPasskeyCeremonies ceremonies, PasskeyChallenges challenges,
    SessionStarter sessions, TimeProvider clock)
    : ICommandHandler<SignInWithPasskeyCommand, Result<SignInOutcome>>
{
    public async ValueTask<Result<SignInOutcome>> Handle(SignInWithPasskeyCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (ceremonies.Read(command.Credential) is not { } claims) return PasskeyErrors.Invalid;

        // The challenge is taken first, and stays taken whatever follows: an answer is never tried twice.
        var challenge = await challenges.TakeAsync(PasskeyCeremony.SignIn, claims, now, cancellationToken);
        if (challenge.IsFailure) return challenge.Error!;
        var passkey = await passkeys.FindByCredentialIdAsync(claims.CredentialId, cancellationToken);
        if (passkey is null || (challenge.Value.UserId is { } allowedUser && allowedUser != passkey.UserId)) return PasskeyErrors.Invalid;
        var user = await users.FindByIdAsync(passkey.UserId, cancellationToken);
        if (user is null) return PasskeyErrors.Invalid;

        var assertion = await ceremonies.VerifyAssertionAsync(command.RelyingParty, challenge.Value.Options, command.Credential, passkey, cancellationToken);
        if (assertion is null) return PasskeyErrors.Invalid;
        var counted = passkey.RecordSignIn(assertion.SignCount, assertion.BackedUp, now);
        if (counted.IsFailure) return counted.Error!;
        var allowed = user.EnsureCanSignInWithoutPassword(now);
        if (allowed.IsFailure) return allowed.Error!;

        user.RecordSignInWithoutPassword(now);
        return await sessions.StartAsync(user, command.Mode, command.Client, now, cancellationToken);
    }
}
