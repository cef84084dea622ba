using System.Diagnostics;
using Auth.Infrastructure.Persistence.Mongo;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class MongoHealthCheckTests
{
    [Fact]
    public async Task HealthCheck_WhenNoServerAnswers_IsUnhealthyAfterItsShortTimeout()
    {
        using var client = new MongoClient("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=30000");
        var check = new MongoHealthCheck(new AuthMongoDatabase(client, "health"));
        var stopwatch = Stopwatch.StartNew();

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("within 2 s", result.Description, StringComparison.Ordinal);
        Assert.InRange(stopwatch.Elapsed, MongoHealthCheck.Timeout - TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task HealthCheck_WhenTheDriverGivesUpFirst_IsUnhealthy()
    {
        using var client = new MongoClient("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=100");
        var check = new MongoHealthCheck(new AuthMongoDatabase(client, "health"));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.IsType<TimeoutException>(result.Exception);
    }
}
