using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Users;

/// <summary>On SQLite; <see cref="PostgresDeletionFlowTests"/> and <see cref="MariaDbDeletionFlowTests"/> run the same tests on the servers.</summary>
public class DeletionFlowTests : ApiTestBase
{
    public DeletionFlowTests()
        : this(null)
    {
    }

    private protected DeletionFlowTests(ServerDatabase? database)
        : base(database)
    {
    }

    private const string Email = "leaving@example.com";

    [SkippableFact]
    public async Task DeleteMe_SoftDeletes_SignInSaysDeletedUntilTheWindow_ThenReactivateRestores()
    {
        var tokens = await Flows.SignedInAsync(Email);

        var wrongPassword = await Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me", new { password = "not it at all" }, tokens.Get("accessToken"));
        var deleted = await Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me", new { password = AuthFlows.Password }, tokens.Get("accessToken"));
        var refresh = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = tokens.Get("refreshToken") });
        var signIn = await Flows.SignInAsync(Email);
        var tooEarly = await Api.PostAsync("/api/v1/auth/reactivate", new { email = Email, password = AuthFlows.Password });
        Factory.Clock.Advance(TimeSpan.FromHours(24));
        var reactivated = await Api.PostAsync("/api/v1/auth/reactivate", new { email = Email, password = AuthFlows.Password });
        var signInAgain = await Flows.SignInAsync(Email);

        Assert.Equal("invalid_credentials", wrongPassword.Code);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal("refresh_token_invalid", refresh.Code);
        Assert.Equal(HttpStatusCode.Forbidden, signIn.Status);
        Assert.Equal("account_deleted", signIn.Code);
        Assert.NotNull(signIn.Select("reactivateAvailableAt"));
        Assert.Equal("account_deleted", tooEarly.Code);
        Assert.Equal(HttpStatusCode.OK, reactivated.Status);
        Assert.NotNull(reactivated.Select("accessToken"));
        Assert.Equal(HttpStatusCode.OK, signInAgain.Status);
    }

    [SkippableFact]
    public async Task Reactivate_AnAccountThatIsNotDeleted_Returns409()
    {
        await Flows.SignUpVerifiedAsync(Email);

        var response = await Api.PostAsync("/api/v1/auth/reactivate", new { email = Email, password = AuthFlows.Password });

        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        Assert.Equal("account_not_deleted", response.Code);
    }
}
