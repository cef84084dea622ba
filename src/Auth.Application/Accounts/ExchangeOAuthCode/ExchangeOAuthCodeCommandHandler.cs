using Auth.Application.Abstractions.Persistence;
using Auth.Application.Sessions;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Accounts.ExchangeOAuthCode;

public sealed class ExchangeOAuthCodeCommandHandler(IUserRepository users, OAuthFlows flows, SignInCompletion completion, TimeProvider clock)
    : ICommandHandler<ExchangeOAuthCodeCommand, Result<SignInOutcome>>
{
    public async ValueTask<Result<SignInOutcome>> Handle(ExchangeOAuthCodeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var grant = await flows.ConsumeExchangeCodeAsync(command.Code, now, cancellationToken);
        var user = grant is null ? null : await users.FindByIdAsync(grant.UserId, cancellationToken);
        if (user is null) return AccountErrors.CodeInvalid;

        var step = grant!.FromHostedPages ? HostedPagesHandoff.Complete(user, now) : ProviderSignIn.Complete(user, now);
        if (step.IsFailure) return step.Error!;
        return await completion.CompleteAsync(user, step.Value, command.Mode, command.Client, now, cancellationToken);
    }
}
