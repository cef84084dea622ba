using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.ResetSecondFactors;

public sealed class ResetSecondFactorsCommandHandler(IUserRepository users, TimeProvider clock) : ICommandHandler<ResetSecondFactorsCommand, Result>
{
    public async ValueTask<Result> Handle(ResetSecondFactorsCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        user.ResetSecondFactors(clock.GetUtcNow());
        return Result.Success;
    }
}
