using System.Data.Common;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Auth.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>What only SQLite needs: connection pragmas and times stored as sortable integers.</summary>
public sealed class SqlitePersistenceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.StartingNow();
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync(_clock);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Connections_UseTheWalJournalAndWaitWhenTheDatabaseIsBusy()
    {
        await using var scope = _database.CreateScope();
        var db = scope.Services.GetRequiredService<AuthDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(10_000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys;"));
    }

    [Fact]
    public async Task Times_AreStoredAsUtcTicks_WhateverTheOffsetTheyCameWith()
    {
        var localTime = new DateTimeOffset(2026, 3, 1, 11, 30, 0, TimeSpan.FromHours(2));
        var user = User.RegisterLocal(PersonName.Create("Ada").Value, EmailAddress.Create("ada@example.com").Value, "hash", localTime);
        await using (var write = _database.CreateScope())
        {
            write.Users.Add(user);
            await write.SaveAsync();
        }

        await using var read = _database.CreateScope();
        var db = read.Services.GetRequiredService<AuthDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        Assert.Equal("integer", await ScalarAsync(connection, "SELECT typeof(created_at) FROM users;"));
        Assert.Equal(localTime.UtcTicks, await ScalarAsync(connection, "SELECT created_at FROM users;"));
        var loaded = await read.Users.FindByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal(localTime, loaded!.CreatedAt);
        Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset);
    }

    [Fact]
    public async Task Database_InAFolderThatDoesNotExistYet_IsCreatedWithItsFolder()
    {
        await using var database = new SqliteTestDatabase();
        Assert.False(File.Exists(database.FilePath));

        await database.InitializeAsync(_clock);

        Assert.True(File.Exists(database.FilePath));
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
