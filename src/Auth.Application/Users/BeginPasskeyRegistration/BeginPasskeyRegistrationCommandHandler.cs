using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.BeginPasskeyRegistration;

public sealed class BeginPasskeyRegistrationCommandHandler(
    IUserRepository users, IPasskeyRepository passkeys, IPasskeyCeremonies ceremonies, IOpaqueTokenGenerator random,
    PasskeyChallenges challenges, TimeProvider clock)
    : ICommandHandler<BeginPasskeyRegistrationCommand, Result<PasskeyOptions>>
{
    public async ValueTask<Result<PasskeyOptions>> Handle(BeginPasskeyRegistrationCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdReadOnlyAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var existing = await passkeys.ListByUserAsync(user.Id, cancellationToken);

        // One random handle per user, kept on each of their passkeys: never the email or the user id.
        var handle = existing.FirstOrDefault()?.UserHandle ?? random.Generate().Value;
        var options = ceremonies.RegistrationOptions(
            command.RelyingParty, new PasskeyUser(handle, user.Email.Value, user.Name.Value), existing.Select(p => p.CredentialId).ToList());
        challenges.Keep(PasskeyCeremony.Registration, user.Id, options, clock.GetUtcNow());
        return options;
    }
}
