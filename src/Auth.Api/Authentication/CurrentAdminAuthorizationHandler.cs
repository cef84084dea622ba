using Auth.Application.Sessions.IsSessionActive;
using Auth.Application.Users.IsAdmin;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace Auth.Api.Authentication;

internal sealed class CurrentAdminAuthorizationHandler(IMediator mediator)
    : AuthorizationHandler<CurrentAdminRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CurrentAdminRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true) return;
        var cancellationToken = (context.Resource as HttpContext)?.RequestAborted ?? CancellationToken.None;
        if (!await mediator.Send(new IsSessionActiveQuery(context.User.SessionId()), cancellationToken)) return;
        if (!await mediator.Send(new IsAdminQuery(context.User.UserId()), cancellationToken)) return;
        context.Succeed(requirement);
    }
}
