using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.SignOutAll;

public sealed class SignOutAllCommandHandler(SessionTerminator terminator, TimeProvider clock) : ICommandHandler<SignOutAllCommand, Result>
{
    public async ValueTask<Result> Handle(SignOutAllCommand command, CancellationToken cancellationToken)
    {
        await terminator.EndAllAsync(command.UserId, SessionRevocationReason.SignedOutEverywhere, clock.GetUtcNow(), cancellationToken);
        return Result.Success;
    }
}
