using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

/// <summary>Keys are generated once and kept in the database: a restarted or second instance accepts earlier tokens.</summary>
public sealed class SigningKeyPersistenceTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"auth-keys-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task AnAccessTokenFromOneInstance_IsAcceptedByAnother_SharingTheDatabase()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Auth"] = $"Data Source={_database}" };
        using var first = new AuthApiFactory(settings);
        var firstApi = new ApiClient(first.CreateClient());
        var tokens = await new AuthFlows(firstApi, first.Mailbox).SignedInAsync("keys@example.com");

        using var second = new AuthApiFactory(settings);
        var secondApi = new ApiClient(second.CreateClient());
        var me = await secondApi.GetAsync("/api/v1/users/me", tokens.Get("accessToken"));
        var firstKeys = await firstApi.GetAsync("/.well-known/jwks.json");
        var secondKeys = await secondApi.GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(firstKeys.Body, secondKeys.Body);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" }) File.Delete(file);
    }
}
