using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Health;

/// <summary>/health/ready follows the database: 200 while it answers, 503 once it cannot be reached.</summary>
public sealed class ReadinessTests : IDisposable
{
    private readonly string _databaseFolder = Path.Combine(Path.GetTempPath(), "auth-api-tests", Guid.NewGuid().ToString("N"), "db");
    private readonly AuthApiFactory _factory;
    private readonly ApiClient _api;

    public ReadinessTests()
    {
        _factory = new AuthApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Auth"] = $"Data Source={Path.Combine(_databaseFolder, "auth.db")}",
        });
        _api = new ApiClient(_factory.CreateClient());
    }

    [Fact]
    public async Task Ready_WhileTheDatabaseAnswers_Is200_AndLiveIs200()
    {
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("/health/ready")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("/health/live")).Status);
    }

    [Fact]
    public async Task Ready_WhenTheSqliteFilesFolderBecomesUnusable_Is503_WhileLiveStays200()
    {
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("/health/ready")).Status);

        // Root ignores permissions, so "unusable" is done the way a lost mount looks: the folder is gone and a
        // file stands where it was, so nothing can be opened or created under it.
        Directory.Delete(_databaseFolder, recursive: true);
        await File.WriteAllTextAsync(_databaseFolder, "not a folder");

        var ready = await _api.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("application/problem+json", ready.ContentType);
        Assert.Equal("service_unavailable", ready.Code);
        Assert.Contains("database", ready.Get("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("/health/live")).Status);
    }

    public void Dispose()
    {
        _factory.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(_databaseFolder)!, recursive: true); } catch (IOException) { }
    }
}
