using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.RegisterPasskey;

public sealed class RegisterPasskeyCommandHandler(
    IUserRepository users, IPasskeyRepository passkeys, IPasskeyCeremonies ceremonies, PasskeyChallenges challenges, TimeProvider clock)
    : ICommandHandler<RegisterPasskeyCommand, Result<PasskeyDto>>
{
    public async ValueTask<Result<PasskeyDto>> Handle(RegisterPasskeyCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var now = clock.GetUtcNow();
        if (ceremonies.Read(command.Credential) is not { } claims) return PasskeyErrors.RegistrationInvalid;

        var challenge = await challenges.TakeAsync(PasskeyCeremony.Registration, claims, now, cancellationToken);
        if (challenge.IsFailure || challenge.Value.UserId != user.Id) return PasskeyErrors.RegistrationInvalid;
        var registered = await ceremonies.VerifyRegistrationAsync(command.RelyingParty, challenge.Value.Options, command.Credential, cancellationToken);
        if (registered is null) return PasskeyErrors.RegistrationInvalid;
        if (await passkeys.FindByCredentialIdAsync(registered.Credential.CredentialId, cancellationToken) is not null)
            return PasskeyErrors.RegistrationInvalid;

        var passkey = Passkey.Register(user, registered.UserHandle, registered.Credential, command.Name, now);
        if (passkey.IsFailure) return passkey.Error!;
        passkeys.Add(passkey.Value);
        return PasskeyDto.From(passkey.Value);
    }
}
