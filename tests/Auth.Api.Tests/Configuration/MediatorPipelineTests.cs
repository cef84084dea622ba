using Auth.Api.Tests.TestSupport;
using Auth.Application.Abstractions.Security;
using Auth.Application.Sessions;
using Auth.Application.Sessions.AuthenticateSessionToken;
using Auth.Application.Sessions.SignIn;
using Auth.Application.Users;
using Auth.Application.Users.GetMe;
using Auth.Domain.Primitives;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Api.Tests.Configuration;

/// <summary>
/// The behaviours each message goes through in the running service: a command gets all of them; a read (the hot
/// authenticated path) only logging and validation, never a unit of work, audit or notices it has no use for.
/// </summary>
public sealed class MediatorPipelineTests : ApiTestBase
{
    [Fact]
    public void ACommand_GoesThroughEveryBehaviour()
    {
        var behaviours = BehavioursOf<SignInCommand, Result<SignInOutcome>>();

        Assert.Equal(
            ["LoggingBehavior`2", "ValidationBehavior`2", "UnitOfWorkBehavior`2", "AuditBehavior`2", "SecurityNoticeBehavior`2"],
            behaviours);
    }

    [Fact]
    public void AQuery_OnlyThroughLoggingAndValidation()
    {
        Assert.Equal(["LoggingBehavior`2", "ValidationBehavior`2"], BehavioursOf<GetMeQuery, Result<UserDto>>());
        Assert.Equal(["LoggingBehavior`2", "ValidationBehavior`2"], BehavioursOf<AuthenticateSessionTokenQuery, Result<AccessTokenSubject>>());
    }

    private string[] BehavioursOf<TMessage, TResponse>()
        where TMessage : notnull, IMessage
    {
        using var scope = Factory.Services.CreateScope();
        return scope.ServiceProvider.GetServices<IPipelineBehavior<TMessage, TResponse>>().Select(b => b.GetType().Name).ToArray();
    }
}
