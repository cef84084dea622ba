using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.RegenerateRecoveryCodes;

public sealed class RegenerateRecoveryCodesCommandHandler(IUserRepository users, SecondFactorCodes codes, TimeProvider clock)
    : ICommandHandler<RegenerateRecoveryCodesCommand, Result<RecoveryCodesDto>>
{
    public async ValueTask<Result<RecoveryCodesDto>> Handle(RegenerateRecoveryCodesCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var now = clock.GetUtcNow();
        var accepted = user.AcceptTotpCode(codes.MatchStep(user, command.Code, now), now);
        if (accepted.IsFailure) return accepted.Error!;
        var recovery = codes.NewRecoveryCodes(user.Id);
        var regenerated = user.RegenerateRecoveryCodes(recovery.Hashes, now);
        return regenerated.IsSuccess ? new RecoveryCodesDto(recovery.Codes) : regenerated.Error!;
    }
}
