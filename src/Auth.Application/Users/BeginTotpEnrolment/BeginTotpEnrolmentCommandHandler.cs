using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.BeginTotpEnrolment;

public sealed class BeginTotpEnrolmentCommandHandler(
    IUserRepository users, IPasswordHasher hasher, SecondFactorCodes codes, AuthSettings settings, TimeProvider clock)
    : ICommandHandler<BeginTotpEnrolmentCommand, Result<TotpEnrolmentDto>>
{
    public async ValueTask<Result<TotpEnrolmentDto>> Handle(BeginTotpEnrolmentCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var now = clock.GetUtcNow();
        if (user.HasPassword)
        {
            var matches = await hasher.MatchesAsync(command.Password, user.PasswordHash, cancellationToken);
            var confirmed = user.ConfirmPassword(matches, settings.Lockout, now);
            if (confirmed.IsFailure) return confirmed.Error!;
        }

        var (secret, protectedSecret) = codes.NewSecret(user.Id);
        var begun = user.BeginTotpEnrolment(protectedSecret, now);
        if (begun.IsFailure) return begun.Error!;
        var uri = codes.ProvisioningUri(secret, settings.ServiceName, user.Email);
        return new TotpEnrolmentDto(secret, uri, codes.QrCodeSvg(uri));
    }
}
