using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Application.Users;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Sessions.BeginPasskeySignIn;

/// <summary>
/// An unknown or deleted account gets the same answer as a discoverable sign-in (no credentials listed), so the options
/// do not tell who has an account; only an account's own passkeys are ever listed.
/// </summary>
public sealed class BeginPasskeySignInCommandHandler(
    IUserRepository users, IPasskeyRepository passkeys, IPasskeyCeremonies ceremonies, PasskeyChallenges challenges, TimeProvider clock)
    : ICommandHandler<BeginPasskeySignInCommand, Result<PasskeyOptions>>
{
    public async ValueTask<Result<PasskeyOptions>> Handle(BeginPasskeySignInCommand command, CancellationToken cancellationToken)
    {
        var user = EmailAddress.Create(command.Email ?? "") is { IsSuccess: true } email
            ? await users.FindByEmailAsync(email.Value, cancellationToken)
            : null;
        var allowed = user is { IsDeleted: false } ? await passkeys.ListByUserAsync(user.Id, cancellationToken) : [];

        var options = ceremonies.SignInOptions(command.RelyingParty, allowed.Select(p => p.CredentialId).ToList());
        challenges.Keep(PasskeyCeremony.SignIn, allowed.Count > 0 ? user!.Id : null, options, clock.GetUtcNow());
        return options;
    }
}
