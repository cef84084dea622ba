using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Auth.TestSupport;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>What the PostgreSQL migrations create, below the ports: column types and the email index.</summary>
public sealed class PostgresSchemaTests : IAsyncLifetime
{
    private readonly ServerTestDatabase _database = ServerTestDatabase.Postgres();

    public Task InitializeAsync() => _database.InitializeAsync(TestClock.StartingNow());

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [SkippableFact]
    public async Task EveryTimeColumn_IsTimestampWithTimeZone()
    {
        Assert.Equal((long)_database.TimePropertyCount(), await _database.ScalarAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'timestamp with time zone'"));
        Assert.Equal(0L, await _database.ScalarAsync(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND data_type LIKE 'timestamp%' " +
            "AND data_type <> 'timestamp with time zone'"));
    }

    [SkippableFact]
    public async Task SessionIp_IsVarchar45_AndIdsAreUuids()
    {
        Assert.Equal("character varying(45)", await _database.ScalarAsync(
            "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'sessions'::regclass AND attname = 'ip'"));
        Assert.Equal("uuid", await _database.ScalarAsync(
            "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'users'::regclass AND attname = 'id'"));
    }

    [SkippableFact]
    public async Task UsersEmail_HasAPlainUniqueIndex_WhichIsEnoughBecauseEmailsAreStoredLowerCased()
    {
        Assert.Equal(
            "CREATE UNIQUE INDEX ux_users_email ON public.users USING btree (email)",
            await _database.ScalarAsync("SELECT indexdef FROM pg_indexes WHERE indexname = 'ux_users_email'"));
    }
}
