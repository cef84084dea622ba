using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Accounts.HandOffToApp;

/// <summary>Only to an allow-listed address (the same list as the OAuth redirect URIs), and only for an account still allowed in.</summary>
public sealed class HandOffToAppCommandHandler(IUserRepository users, OAuthFlows flows, OAuthSettings settings, TimeProvider clock)
    : ICommandHandler<HandOffToAppCommand, Result<OAuthRedirect>>
{
    public async ValueTask<Result<OAuthRedirect>> Handle(HandOffToAppCommand command, CancellationToken cancellationToken)
    {
        if (!settings.AllowedRedirectUris.Allows(command.ReturnTo)) return AccountErrors.ReturnToNotAllowed;
        var now = clock.GetUtcNow();
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var allowed = user.EnsureCanSignInWithoutPassword(now);
        if (allowed.IsFailure) return allowed.Error!;
        return AppRedirect.WithCode(command.ReturnTo, command.AppState, flows.IssueHostedPagesCode(user.Id, now));
    }
}
