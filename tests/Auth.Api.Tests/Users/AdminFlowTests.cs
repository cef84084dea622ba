using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Users;

/// <summary>On SQLite; <see cref="PostgresAdminFlowTests"/> and <see cref="MariaDbAdminFlowTests"/> run the same tests on the servers.</summary>
public class AdminFlowTests : ApiTestBase
{
    private const string UserEmail = "member@example.com";

    public AdminFlowTests()
        : this(null)
    {
    }

    private protected AdminFlowTests(ServerDatabase? database)
        : base(database)
    {
    }

    private async Task<(string Admin, string UserId, ApiResponse User)> AdminAndUserAsync()
    {
        var admin = await Flows.SignedInAsync(AuthApiFactory.AdminEmail);
        var user = await Flows.SignedInAsync(UserEmail);
        return (admin.Get("accessToken"), user.Get("user.id"), user);
    }

    [SkippableFact]
    public async Task AdminEndpoints_RefuseAnonymousCallers401_AndPlainUsers403()
    {
        var user = await Flows.SignedInAsync(UserEmail);

        var anonymous = await Api.GetAsync("/api/v1/admin/users");
        var plain = await Api.GetAsync("/api/v1/admin/users", user.Get("accessToken"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.Forbidden, plain.Status);
        Assert.Equal("forbidden", plain.Code);
    }

    [SkippableFact]
    public async Task ListUsers_PagesFiltersAndSearches()
    {
        var (admin, _, _) = await AdminAndUserAsync();
        await Flows.SignUpAsync("third@example.com");

        var all = await Api.GetAsync("/api/v1/admin/users?page=1&pageSize=2", admin);
        var admins = await Api.GetAsync("/api/v1/admin/users?role=admin", admin);
        var search = await Api.GetAsync("/api/v1/admin/users?q=MEMBER", admin);
        var badRole = await Api.GetAsync("/api/v1/admin/users?role=root", admin);

        Assert.Equal("3", all.Get("total"));
        Assert.Equal(2, all.Json!["items"]!.AsArray().Count);
        Assert.Equal(AuthApiFactory.AdminEmail, Assert.Single(admins.Json!["items"]!.AsArray())!["email"]!.GetValue<string>());
        Assert.Equal(UserEmail, Assert.Single(search.Json!["items"]!.AsArray())!["email"]!.GetValue<string>());
        Assert.Equal("validation_failed", badRole.Code);
    }

    [SkippableFact]
    public async Task SetRole_MakesTheUserAnAdmin_ForTheirNextToken()
    {
        var (admin, userId, _) = await AdminAndUserAsync();

        var changed = await Api.SendAsync(HttpMethod.Put, $"/api/v1/admin/users/{userId}/role", new { role = "admin" }, admin);
        var fresh = await Flows.SignInAsync(UserEmail);
        var list = await Api.GetAsync("/api/v1/admin/users", fresh.Get("accessToken"));

        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal("admin", changed.Get("role"));
        Assert.Equal(HttpStatusCode.OK, list.Status);
    }

    [SkippableFact]
    public async Task ADemotedAdmin_CannotUseItsOldToken_NotEvenToPromoteItselfBack()
    {
        var (admin, userId, _) = await AdminAndUserAsync();
        await Api.SendAsync(HttpMethod.Put, $"/api/v1/admin/users/{userId}/role", new { role = "admin" }, admin);
        var promoted = await Flows.SignInAsync(UserEmail);

        var demoted = await Api.SendAsync(HttpMethod.Put, $"/api/v1/admin/users/{userId}/role", new { role = "user" }, admin);
        var selfPromotion = await Api.SendAsync(HttpMethod.Put, $"/api/v1/admin/users/{userId}/role", new { role = "admin" }, promoted.Get("accessToken"));
        var list = await Api.GetAsync("/api/v1/admin/users", promoted.Get("accessToken"));
        var refresh = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = promoted.Get("refreshToken") });
        var stored = await Api.GetAsync($"/api/v1/admin/users/{userId}", admin);

        Assert.Equal(HttpStatusCode.OK, demoted.Status);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (selfPromotion.Status, list.Status));
        Assert.Equal("refresh_token_invalid", refresh.Code);
        Assert.Equal("user", stored.Get("role"));
    }

    [SkippableFact]
    public async Task AnAdminTokenOfASignedOutSession_IsRefused()
    {
        var admin = await Flows.SignedInAsync(AuthApiFactory.AdminEmail);

        await Api.PostAsync("/api/v1/auth/sign-out", bearer: admin.Get("accessToken"));
        var list = await Api.GetAsync("/api/v1/admin/users", admin.Get("accessToken"));

        Assert.Equal(HttpStatusCode.Forbidden, list.Status);
    }

    [SkippableFact]
    public async Task Unlock_LetsALockedUserSignInAgain()
    {
        var (admin, userId, _) = await AdminAndUserAsync();
        for (var i = 0; i < 5; i++) await Flows.SignInAsync(UserEmail, "wrong password " + i);

        var details = await Api.GetAsync($"/api/v1/admin/users/{userId}", admin);
        var unlocked = await Api.PostAsync($"/api/v1/admin/users/{userId}/unlock", bearer: admin);
        var signIn = await Flows.SignInAsync(UserEmail);

        Assert.NotNull(details.Select("lockedUntil"));
        Assert.Equal(HttpStatusCode.NoContent, unlocked.Status);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
    }

    [SkippableFact]
    public async Task DeleteAndRestore_SoftDeleteTheUser_AndBringThemBack()
    {
        var (admin, userId, user) = await AdminAndUserAsync();

        var deleted = await Api.SendAsync(HttpMethod.Delete, $"/api/v1/admin/users/{userId}", bearer: admin);
        var refresh = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = user.Get("refreshToken") });
        var deletedList = await Api.GetAsync("/api/v1/admin/users?deleted=true", admin);
        var restored = await Api.PostAsync($"/api/v1/admin/users/{userId}/restore", bearer: admin);
        var signIn = await Flows.SignInAsync(UserEmail);

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal("refresh_token_invalid", refresh.Code);
        Assert.Equal("1", deletedList.Get("total"));
        Assert.Equal(HttpStatusCode.NoContent, restored.Status);
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
    }

    [SkippableFact]
    public async Task RevokeSessions_EndsEveryOneOfTheUsersSessions()
    {
        var (admin, userId, user) = await AdminAndUserAsync();

        var revoked = await Api.PostAsync($"/api/v1/admin/users/{userId}/sessions/revoke", bearer: admin);
        var refresh = await Api.PostAsync("/api/v1/auth/refresh", new { refreshToken = user.Get("refreshToken") });

        Assert.Equal(HttpStatusCode.NoContent, revoked.Status);
        Assert.Equal("refresh_token_invalid", refresh.Code);
    }

    [SkippableFact]
    public async Task GetUser_Unknown_Returns404NotFound()
    {
        var (admin, _, _) = await AdminAndUserAsync();

        var response = await Api.GetAsync($"/api/v1/admin/users/{Guid.NewGuid()}", admin);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("not_found", response.Code);
    }
}
