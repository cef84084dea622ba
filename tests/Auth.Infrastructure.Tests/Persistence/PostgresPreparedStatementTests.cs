using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Auth.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>On a real server: the service's own statements are prepared on a connection once they repeat.</summary>
public sealed class PostgresPreparedStatementTests : IAsyncLifetime
{
    private readonly ServerTestDatabase _database = ServerTestDatabase.Postgres();

    public Task InitializeAsync() => _database.InitializeAsync(TestClock.StartingNow());

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [SkippableFact]
    public async Task ALookupRepeatedOnAConnection_IsPreparedThere()
    {
        await using var scope = _database.CreateScope();
        var db = scope.Services.GetRequiredService<AuthDbContext>();
        var users = scope.Services.GetRequiredService<IUserRepository>();
        await db.Database.OpenConnectionAsync();

        for (var i = 0; i < 8; i++)
            Assert.Null(await users.FindByEmailAsync(EmailAddress.Create($"nobody{i}@example.com").Value, CancellationToken.None));

        var prepared = await PersistenceTestDatabase.ScalarAsync(db, "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM users%'");
        Assert.True((long)prepared! > 0, "the repeated user lookup was not prepared");
    }
}
