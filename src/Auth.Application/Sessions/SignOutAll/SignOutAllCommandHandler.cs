using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.SignOutAll;

public sealed class SignOutAllCommandHandler(ISessionRepository sessions, TimeProvider clock) : ICommandHandler<SignOutAllCommand, Result>
{
    public async ValueTask<Result> Handle(SignOutAllCommand command, CancellationToken cancellationToken)
    {
        await sessions.EndAllOfUserAsync(command.UserId, SessionRevocationReason.SignedOutEverywhere, clock.GetUtcNow(), cancellationToken);
        return Result.Success;
    }
}
