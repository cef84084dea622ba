using Auth.Domain.Users;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Auth.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>
/// What the MySQL migrations create on MariaDB, below the ports: UTC <c>datetime(6)</c> times, utf8mb4 text on a
/// server whose default is latin1, byte-wise collation where keys must match exactly.
/// </summary>
public sealed class MariaDbSchemaTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.StartingNow();
    private readonly ServerTestDatabase _database = ServerTestDatabase.MariaDb();

    public Task InitializeAsync() => _database.InitializeAsync(_clock);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [SkippableFact]
    public async Task EveryTimeColumn_IsDatetime6()
    {
        Assert.Equal((long)_database.TimePropertyCount(), await _database.ScalarAsync(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND column_type = 'datetime(6)'"));
        Assert.Equal(0L, await _database.ScalarAsync(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() " +
            "AND data_type IN ('datetime', 'timestamp') AND column_type <> 'datetime(6)'"));
    }

    [SkippableFact]
    public async Task Times_AreStoredAsUtc_WhateverTheOffsetTheyCameWith()
    {
        var localTime = new DateTimeOffset(2026, 3, 1, 11, 30, 0, 123, TimeSpan.FromHours(2)).AddTicks(4560);
        var user = User.RegisterLocal(PersonName.Create("Ada").Value, EmailAddress.Create("ada@example.com").Value, "hash", localTime);
        await using (var write = _database.CreateScope())
        {
            write.Users.Add(user);
            await write.SaveAsync();
        }

        Assert.Equal("2026-03-01 09:30:00.123456", await _database.ScalarAsync("SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s.%f') FROM users"));
        await using var read = _database.CreateScope();
        var loaded = await read.Users.FindByIdAsync(user.Id, CancellationToken.None);
        Assert.Equal(localTime, loaded!.CreatedAt);
        Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset);
    }

    [SkippableFact]
    public async Task Text_IsUtf8mb4_AndEmailsAndHashesCompareByteWise()
    {
        Assert.Equal("utf8mb4", await _database.ScalarAsync(
            "SELECT default_character_set_name FROM information_schema.schemata WHERE schema_name = DATABASE()"));
        Assert.Equal(0L, await _database.ScalarAsync(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() " +
            "AND character_set_name NOT IN ('utf8mb4', 'ascii') AND table_name <> '__EFMigrationsHistory'"));
        Assert.Equal("utf8mb4_bin", await Collation("users", "email"));
        Assert.Equal("utf8mb4_bin", await Collation("otps", "email"));
        Assert.Equal("utf8mb4_bin", await Collation("sessions", "token_hash"));
        Assert.Equal("utf8mb4_bin", await Collation("refresh_tokens", "token_hash"));
        Assert.Equal("utf8mb4_bin", await Collation("accounts", "provider_account_id"));
        Assert.Equal("utf8mb4_bin", await Collation("verifications", "value_hash"));
        Assert.Equal("varchar(45)", await _database.ScalarAsync(
            "SELECT column_type FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'sessions' AND column_name = 'ip'"));
    }

    private Task<object?> Collation(string table, string column) =>
        _database.ScalarAsync(
            "SELECT collation_name FROM information_schema.columns WHERE table_schema = DATABASE() " +
            $"AND table_name = '{table}' AND column_name = '{column}'");
}
