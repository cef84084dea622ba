using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Auth.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>
/// The migration set of each EF engine: it applies to an empty database through the start-up migrator and matches
/// the model. One subclass per EF engine: <see cref="SqliteMigrationTests"/>, <see cref="PostgresMigrationTests"/>,
/// <see cref="MariaDbMigrationTests"/> (the last two skip without their server, see TestDatabaseServers).
/// </summary>
public abstract class MigrationContractTests
{
    private readonly FakeTimeProvider _clock = TestClock.StartingNow();

    [SkippableFact]
    public async Task Migrator_OnAnEmptyDatabase_AppliesEveryMigrationAndTheModelHasNoPendingChanges()
    {
        await using var database = CreateDatabase();
        await database.InitializeAsync(_clock, migrate: false);
        await using (var before = database.CreateScope())
        {
            Assert.Contains(
                (await Context(before).Database.GetPendingMigrationsAsync()),
                m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        }

        await database.RunStartupMigratorAsync();

        await using var after = database.CreateScope();
        var db = Context(after);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed since the last migration: add a migration.");
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [SkippableFact]
    public async Task Migrator_RunAgainOnAMigratedDatabase_ChangesNothing()
    {
        await using var database = CreateDatabase();
        await database.InitializeAsync(_clock);

        await database.RunStartupMigratorAsync();

        await using var scope = database.CreateScope();
        Assert.Empty(await Context(scope).Database.GetPendingMigrationsAsync());
    }

    [SkippableFact]
    public async Task Migrator_WhenMigrateOnStartupIsFalse_LeavesTheDatabaseAlone()
    {
        await using var database = CreateDatabase();
        await database.InitializeAsync(
            _clock, extraSettings: new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });

        await using var scope = database.CreateScope();
        Assert.Empty(await Context(scope).Database.GetAppliedMigrationsAsync());
    }

    private protected abstract PersistenceTestDatabase CreateDatabase();

    private static AuthDbContext Context(TestScope scope) => scope.Services.GetRequiredService<AuthDbContext>();
}
