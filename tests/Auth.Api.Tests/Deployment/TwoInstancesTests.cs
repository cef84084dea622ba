using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Deployment;

/// <summary>
/// Two service processes on loopback sharing one database, as operators run them behind a load balancer: whatever one
/// instance did, the other sees at once. On PostgreSQL (<see cref="PostgresTwoInstancesTests"/>) and MariaDB
/// (<see cref="MariaDbTwoInstancesTests"/>); skipped with the reason when the server is not configured.
/// </summary>
public abstract class TwoInstancesTests : IAsyncLifetime
{
    private const string Email = "roaming@example.com";
    private const string Password = "correct horse battery staple";

    private readonly ServerDatabase _database;
    private readonly string _mail = Path.Combine(Path.GetTempPath(), "auth-two-instances-" + Guid.NewGuid().ToString("N"));
    private ServiceProcess? _first;
    private ServiceProcess? _second;

    private protected TwoInstancesTests(ServerDatabase database)
    {
        Skip.If(database.MissingServer is not null, database.MissingServer);
        _database = database;
    }

    private ApiClient First { get; set; } = null!;

    private ApiClient Second { get; set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.CreateAsync();
        var settings = new Dictionary<string, string?>(_database.Settings)
        {
            ["Email:Provider"] = "Pickup",
            ["Email:PickupDirectory"] = _mail,
            ["Auth:PasswordHashing:MemoryKiB"] = "1024",
            ["Auth:PasswordHashing:Iterations"] = "1",
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:Store"] = "Database",
            ["RateLimiting:Policies:sign-in:AccountPermitLimit"] = "20",
            ["Auth:Jwt:ValidateSession"] = "true",
            ["Auth:Jwt:KeyReloadSeconds"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
        };

        // One after the other: the first creates the schema and the signing key, the second finds both.
        _first = await ServiceProcess.StartAsync(settings);
        _second = await ServiceProcess.StartAsync(settings);
        First = new ApiClient(_first.NewHttpClient());
        Second = new ApiClient(_second.NewHttpClient());
    }

    public async Task DisposeAsync()
    {
        First?.Http.Dispose();
        Second?.Http.Dispose();
        if (_first is not null) await _first.DisposeAsync();
        if (_second is not null) await _second.DisposeAsync();
        await _database.DropAsync();
        if (Directory.Exists(_mail)) Directory.Delete(_mail, recursive: true);
    }

    [SkippableFact]
    public async Task WhatOneInstanceDid_TheOtherSeesAtOnce()
    {
        var signedUp = await First.PostAsync("/api/v1/auth/sign-up", new { name = "Ada Lovelace", email = Email, password = Password });
        var verified = await Second.PostAsync("/api/v1/auth/email/verify", new { email = Email, code = await CodeAsync("Verify your email") });
        var signIn = await Second.PostAsync("/api/v1/auth/sign-in", new { email = Email, password = Password });
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (signedUp.Status, verified.Status, signIn.Status));

        // Both publish the same keys and accept each other's tokens.
        var (firstKeys, secondKeys) = (await First.GetAsync("/.well-known/jwks.json"), await Second.GetAsync("/.well-known/jwks.json"));
        Assert.Equal(firstKeys.Body, secondKeys.Body);
        Assert.Equal(HttpStatusCode.OK, (await First.GetAsync("/api/v1/users/me", signIn.Get("accessToken"))).Status);

        // A refresh chain alternating between them, then a rotated token replayed on the other ends the family.
        var firstToken = signIn.Get("refreshToken");
        var onFirst = await Refresh(First, firstToken);
        var onSecond = await Refresh(Second, onFirst.Get("refreshToken"));
        var backOnFirst = await Refresh(First, onSecond.Get("refreshToken"));
        Assert.All(new[] { onFirst, onSecond, backOnFirst }, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var replayed = await Refresh(Second, firstToken);
        var newestAfterReplay = await Refresh(First, backOnFirst.Get("refreshToken"));
        Assert.Equal(("refresh_token_reused", "refresh_token_invalid"), (replayed.Code, newestAfterReplay.Code));

        // A session token signed out on one instance is refused by the other at once.
        var session = await First.PostAsync("/api/v1/auth/sign-in", new { email = Email, password = Password, mode = "session" });
        var sessionToken = session.Get("sessionToken");
        Assert.Equal(HttpStatusCode.OK, (await Second.GetAsync("/api/v1/users/me", sessionToken)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await Second.PostAsync("/api/v1/auth/sign-out", bearer: sessionToken)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await First.GetAsync("/api/v1/users/me", sessionToken)).Status);

        // Strict mode: a JWT access token of a session signed out on one instance is refused by the other at once.
        var strict = await First.PostAsync("/api/v1/auth/sign-in", new { email = Email, password = Password });
        var accessToken = strict.Get("accessToken");
        Assert.Equal(HttpStatusCode.OK, (await Second.GetAsync("/api/v1/users/me", accessToken)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await First.PostAsync("/api/v1/auth/sign-out", bearer: accessToken)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Second.GetAsync("/api/v1/users/me", accessToken)).Status);
    }

    [SkippableFact]
    public async Task TheDatabaseRateLimitStore_CountsAcrossBothInstances()
    {
        var answers = new List<ApiResponse>();
        for (var i = 0; i < 6; i++)
        {
            var instance = i % 2 == 0 ? First : Second;
            answers.Add(await instance.PostAsync("/api/v1/auth/otp/send", new { email = $"n{i}@example.com", type = "signin" }));
        }

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[5].Status);
    }

    [SkippableFact]
    public async Task AcrossAKeyRotation_BothSignWithTheNewKey_AcceptEachOthersTokens_AndPublishBothKeys()
    {
        await First.PostAsync("/api/v1/auth/sign-up", new { name = "Ada Lovelace", email = Email, password = Password });
        await Second.PostAsync("/api/v1/auth/email/verify", new { email = Email, code = await CodeAsync("Verify your email") });
        var before = (await First.PostAsync("/api/v1/auth/sign-in", new { email = Email, password = Password })).Get("accessToken");
        Assert.Equal(Kid(before), Kid((await Second.PostAsync("/api/v1/auth/sign-in", new { email = Email, password = Password })).Get("accessToken")));

        // What an operator does to rotate: retire the signing key in the database; every instance follows within KeyReloadSeconds.
        await ExecuteAsync(_database.Provider == "Postgres"
            ? "UPDATE signing_keys SET retires_at = now()"
            : "UPDATE signing_keys SET retires_at = UTC_TIMESTAMP(6)");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var afterOnFirst = (await First.PostAsync("/api/v1/auth/sign-in", new { email = Email, password = Password })).Get("accessToken");
        var afterOnSecond = (await Second.PostAsync("/api/v1/auth/sign-in", new { email = Email, password = Password })).Get("accessToken");
        var (firstKeys, secondKeys) = (await First.GetAsync("/.well-known/jwks.json"), await Second.GetAsync("/.well-known/jwks.json"));

        Assert.NotEqual(Kid(before), Kid(afterOnFirst));
        Assert.Equal(Kid(afterOnFirst), Kid(afterOnSecond));
        foreach (var (instance, token) in new[] { (Second, afterOnFirst), (First, afterOnSecond), (First, before), (Second, before) })
            Assert.Equal(HttpStatusCode.OK, (await instance.GetAsync("/api/v1/users/me", token)).Status);
        Assert.Equal(firstKeys.Body, secondKeys.Body);
        Assert.Equal(
            new[] { Kid(before), Kid(afterOnFirst) }.Order(StringComparer.Ordinal),
            firstKeys.Json!["keys"]!.AsArray().Select(k => k!["kid"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    private static string Kid(string jwt) =>
        System.Text.Json.Nodes.JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(jwt.Split('.')[0]))!["kid"]!.GetValue<string>();

    private async Task ExecuteAsync(string sql)
    {
        await using System.Data.Common.DbConnection connection = _database.Provider == "Postgres"
            ? new Npgsql.NpgsqlConnection(_database.ConnectionString)
            : new MySqlConnector.MySqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static Task<ApiResponse> Refresh(ApiClient instance, string token) =>
        instance.PostAsync("/api/v1/auth/refresh", new { refreshToken = token });

    /// <summary>The code in the newest message with that subject, once an instance delivered it to the shared pickup folder.</summary>
    private Task<string> CodeAsync(string subject) =>
        new Mailbox(_mail).WaitForLatestCodeAsync(Email, subject, TimeSpan.FromSeconds(10));
}
