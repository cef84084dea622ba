using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.ConfirmTotp;

public sealed class ConfirmTotpCommandHandler(IUserRepository users, SecondFactorCodes codes, TimeProvider clock)
    : ICommandHandler<ConfirmTotpCommand, Result<RecoveryCodesDto>>
{
    public async ValueTask<Result<RecoveryCodesDto>> Handle(ConfirmTotpCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var now = clock.GetUtcNow();
        var recovery = codes.NewRecoveryCodes(user.Id);
        var confirmed = user.ConfirmTotp(codes.MatchPendingStep(user, command.Code, now), recovery.Hashes, now);
        return confirmed.IsSuccess ? new RecoveryCodesDto(recovery.Codes) : confirmed.Error!;
    }
}
