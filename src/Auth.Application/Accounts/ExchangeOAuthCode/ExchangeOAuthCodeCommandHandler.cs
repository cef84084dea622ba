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
        var userId = await flows.ConsumeExchangeCodeAsync(command.Code, now, cancellationToken);
        var user = userId is { } id ? await users.FindByIdAsync(id, cancellationToken) : null;
        if (user is null) return AccountErrors.CodeInvalid;

        var step = ProviderSignIn.Complete(user, now);
        if (step.IsFailure) return step.Error!;
        return await completion.CompleteAsync(user, step.Value, command.Mode, command.Client, now, cancellationToken);
    }
}
