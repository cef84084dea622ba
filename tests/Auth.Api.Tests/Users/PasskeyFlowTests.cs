using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Users;

/// <summary>
/// Passkeys over HTTP with a software authenticator: registration, sign-in, management, and every way an answer can be
/// wrong. On SQLite; <see cref="PostgresPasskeyFlowTests"/> and <see cref="MariaDbPasskeyFlowTests"/> run the same tests
/// on the servers.
/// </summary>
public class PasskeyFlowTests : ApiTestBase
{
    private const string Email = "passkey@example.com";

    public PasskeyFlowTests()
        : this(null)
    {
    }

    private protected PasskeyFlowTests(ServerDatabase? database)
        : base(database)
    {
    }

    [SkippableFact]
    public async Task Registration_ThenSignIn_IssuesTokens_WithoutASecondStep_AndTheOwnerIsNotified()
    {
        using var authenticator = new SoftwareAuthenticator();
        var (token, created) = await RegisteredAsync(authenticator);

        var signIn = await SignInAsync(authenticator);
        var session = await SignInAsync(authenticator, mode: "session");
        var me = await Api.GetAsync("/api/v1/users/me", signIn.Get("accessToken"));
        var listed = await Api.GetAsync("/api/v1/users/me/passkeys", token);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("Laptop", created.Get("name"));
        Assert.Equal(HttpStatusCode.OK, signIn.Status);
        Assert.NotNull(signIn.Select("refreshToken"));
        Assert.Equal(HttpStatusCode.OK, session.Status);
        Assert.NotNull(session.Select("sessionToken"));
        Assert.Equal("1", me.Get("twoFactor.passkeys"));
        var passkey = Assert.Single(listed.Json!.AsArray());
        Assert.NotNull(passkey!["lastUsedAt"]?.GetValue<string>());
        Assert.DoesNotContain(authenticator.CredentialId, listed.Body, StringComparison.Ordinal);
        Assert.Contains(Mailbox.MessagesTo(Email), m => m.Contains("A passkey was added", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Passkeys_CanBeRenamed_AndDeleted_WhileAPasswordRemains()
    {
        using var authenticator = new SoftwareAuthenticator();
        var (token, created) = await RegisteredAsync(authenticator);
        var id = created.Get("id");

        var renamed = await Api.SendAsync(new HttpMethod("PATCH"), $"/api/v1/users/me/passkeys/{id}", new { name = "Work laptop" }, token);
        var emptyName = await Api.SendAsync(new HttpMethod("PATCH"), $"/api/v1/users/me/passkeys/{id}", new { name = " " }, token);
        var deleted = await Api.SendAsync(HttpMethod.Delete, $"/api/v1/users/me/passkeys/{id}", bearer: token);
        var deletedAgain = await Api.SendAsync(HttpMethod.Delete, $"/api/v1/users/me/passkeys/{id}", bearer: token);
        var signIn = await SignInAsync(authenticator);

        Assert.Equal((HttpStatusCode.OK, "Work laptop"), (renamed.Status, renamed.Get("name")));
        Assert.Equal(HttpStatusCode.BadRequest, emptyName.Status);
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (deleted.Status, deletedAgain.Status));
        Assert.Equal(("passkey_invalid", HttpStatusCode.Unauthorized), (signIn.Code, signIn.Status));
        Assert.Contains(Mailbox.MessagesTo(Email), m => m.Contains("A passkey was removed", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ALockedPassword_DoesNotBlockAPasskey()
    {
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredAsync(authenticator);
        ApiResponse? wrong = null;
        for (var i = 0; i < 5; i++) wrong = await Flows.SignInAsync(Email, "not the password");

        var passkey = await SignInAsync(authenticator);

        Assert.Equal(HttpStatusCode.Locked, wrong!.Status);
        Assert.Equal(HttpStatusCode.OK, passkey.Status);
    }

    [SkippableTheory]
    [InlineData("origin")]
    [InlineData("rp-id")]
    [InlineData("tampered-client-data")]
    [InlineData("bad-signature")]
    [InlineData("no-user-presence")]
    [InlineData("other-challenge")]
    public async Task ABentAssertion_IsRefused(string how)
    {
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredAsync(authenticator);
        var options = await OptionsAsync(Email);
        var bend = how switch
        {
            "origin" => new SoftwareAuthenticator.Bend(Origin: "https://evil.example"),
            "rp-id" => new SoftwareAuthenticator.Bend(RpId: "evil.example"),
            "tampered-client-data" => new SoftwareAuthenticator.Bend(TamperClientData: true),
            "bad-signature" => new SoftwareAuthenticator.Bend(BadSignature: true),
            "no-user-presence" => new SoftwareAuthenticator.Bend(WithoutUserPresence: true),
            _ => new SoftwareAuthenticator.Bend(Challenge: (await OptionsAsync(null)).Json!["challenge"]!.GetValue<string>() + "x"),
        };

        var refused = await Api.PostAsync("/api/v1/auth/passkey/sign-in", new { credential = authenticator.Assert(options.Json!, bend) });
        var genuine = await SignInAsync(authenticator);

        Assert.Equal((HttpStatusCode.Unauthorized, "passkey_invalid"), (refused.Status, refused.Code));
        Assert.Equal(HttpStatusCode.OK, genuine.Status);
    }

    [SkippableFact]
    public async Task AChallenge_WorksOnce_AndNotAfterFiveMinutes()
    {
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredAsync(authenticator);
        var options = await OptionsAsync(Email);
        var first = await Api.PostAsync("/api/v1/auth/passkey/sign-in", new { credential = authenticator.Assert(options.Json!) });
        var reused = await Api.PostAsync("/api/v1/auth/passkey/sign-in", new { credential = authenticator.Assert(options.Json!) });

        var late = await OptionsAsync(Email);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var expired = await Api.PostAsync("/api/v1/auth/passkey/sign-in", new { credential = authenticator.Assert(late.Json!) });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal((HttpStatusCode.Unauthorized, "passkey_invalid"), (reused.Status, reused.Code));
        Assert.Equal((HttpStatusCode.Unauthorized, "passkey_invalid"), (expired.Status, expired.Code));
    }

    [SkippableFact]
    public async Task ACounterThatWentBackwards_IsRefused_AndAudited()
    {
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredAsync(authenticator);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(authenticator)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(authenticator)).Status);

        var cloned = await Api.PostAsync(
            "/api/v1/auth/passkey/sign-in", new { credential = authenticator.Assert((await OptionsAsync(Email)).Json!, new SoftwareAuthenticator.Bend(Counter: 1)) });
        var admin = (await Flows.SignedInAsync(AuthApiFactory.AdminEmail)).Get("accessToken");
        var audit = await Api.GetAsync("/api/v1/admin/audit?type=user.passkey_counter_regressed", admin);

        Assert.Equal((HttpStatusCode.Unauthorized, "passkey_invalid"), (cloned.Status, cloned.Code));
        Assert.Equal("1", audit.Get("total"));
        Assert.Contains("stored=2 presented=1", audit.Body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task APasskeyOfAnotherUser_DoesNotAnswerOptionsForThisOne()
    {
        using var mine = new SoftwareAuthenticator();
        using var theirs = new SoftwareAuthenticator();
        await RegisteredAsync(mine);
        await RegisteredAsync(theirs, "other@example.com");

        var optionsForMe = await OptionsAsync(Email);
        var theirsForMe = await Api.PostAsync("/api/v1/auth/passkey/sign-in", new { credential = theirs.Assert(optionsForMe.Json!) });
        var discoverable = await Api.PostAsync("/api/v1/auth/passkey/sign-in", new { credential = theirs.Assert((await OptionsAsync(null)).Json!) });

        Assert.Single(optionsForMe.Json!["allowCredentials"]!.AsArray());
        Assert.Equal((HttpStatusCode.Unauthorized, "passkey_invalid"), (theirsForMe.Status, theirsForMe.Code));
        Assert.Equal(HttpStatusCode.OK, discoverable.Status);
    }

    [SkippableFact]
    public async Task TwentyParallelSignIns_WithOneAssertion_GiveAtMostOneSession()
    {
        using var authenticator = new SoftwareAuthenticator();
        await RegisteredAsync(authenticator);
        var assertion = authenticator.Assert((await OptionsAsync(Email)).Json!);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Api.PostAsync("/api/v1/auth/passkey/sign-in", new { credential = assertion.DeepClone() })));

        Assert.True(answers.Count(a => a.Status == HttpStatusCode.OK) <= 1);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal("passkey_invalid", a.Code));
    }

    [SkippableFact]
    public async Task ARegistrationFromAnotherOrigin_IsRefused_AndStoresNothing()
    {
        using var authenticator = new SoftwareAuthenticator(origin: "https://evil.example");
        var token = (await Flows.SignedInAsync(Email)).Get("accessToken");
        var options = await Api.PostAsync("/api/v1/users/me/passkeys/options", bearer: token);

        var refused = await Api.PostAsync("/api/v1/users/me/passkeys", new { name = "Laptop", credential = authenticator.Register(options.Json!) }, token);
        var listed = await Api.GetAsync("/api/v1/users/me/passkeys", token);

        Assert.Equal((HttpStatusCode.BadRequest, "passkey_invalid"), (refused.Status, refused.Code));
        Assert.Empty(listed.Json!.AsArray());
    }

    private async Task<(string Token, ApiResponse Created)> RegisteredAsync(SoftwareAuthenticator authenticator, string email = Email)
    {
        var token = (await Flows.SignedInAsync(email)).Get("accessToken");
        var options = await Api.PostAsync("/api/v1/users/me/passkeys/options", bearer: token);
        Assert.Equal(HttpStatusCode.OK, options.Status);
        var created = await Api.PostAsync("/api/v1/users/me/passkeys", new { name = "Laptop", credential = authenticator.Register(options.Json!) }, token);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return (token, created);
    }

    private Task<ApiResponse> OptionsAsync(string? email) => Api.PostAsync("/api/v1/auth/passkey/options", new { email });

    private async Task<ApiResponse> SignInAsync(SoftwareAuthenticator authenticator, string? mode = null) =>
        await Api.PostAsync("/api/v1/auth/passkey/sign-in", new { credential = authenticator.Assert((await OptionsAsync(Email)).Json!), mode });
}
