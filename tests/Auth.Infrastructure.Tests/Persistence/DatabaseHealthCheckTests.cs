using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>
/// The "database" readiness check when the database does not answer; that it reports a working database ready is
/// part of the contract suite, on every engine. These need no server: nothing listens where they point.
/// </summary>
public sealed class DatabaseHealthCheckTests
{
    [Theory]
    [InlineData("Postgres", "Host=127.0.0.1;Port={0};Username=auth;Password=secret;Database=auth", null)]
    [InlineData("MySql", "Server=127.0.0.1;Port={0};User ID=auth;Password=secret;Database=auth", "10.11.6-mariadb")]
    [InlineData("MySql", "Server=127.0.0.1;Port={0};User ID=auth;Password=secret;Database=auth", null)]
    public async Task Ready_WhenNothingListensOnTheServerPort_IsUnhealthyWellWithinTheTimeout(
        string provider, string connectionString, string? serverVersion)
    {
        using var services = Build(
            ("Database:Provider", provider),
            ("ConnectionStrings:Auth", string.Format(System.Globalization.CultureInfo.InvariantCulture, connectionString, ClosedPort())),
            ("Database:ServerVersion", serverVersion));
        var watch = Stopwatch.StartNew();

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["database"].Status);
        Assert.True(watch.Elapsed < DatabaseHealthCheck.Timeout, $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Ready_WhenTheSqliteFileIsGone_IsUnhealthy()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.Path);
        using var services = Build(
            ("Database:Provider", "Sqlite"),
            ("ConnectionStrings:Auth", $"Data Source={Path.Combine(directory.Path, "missing", "auth.db")}"));
        await File.WriteAllTextAsync(Path.Combine(directory.Path, "missing"), "a file where the folder should be");

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["database"].Status);
    }

    private static ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Where(s => s.Value is not null).Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPersistence(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>A loopback port that was free a moment ago: connecting to it is refused at once.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
