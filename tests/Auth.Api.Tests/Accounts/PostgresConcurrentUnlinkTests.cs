
namespace Auth.Api.Tests.Accounts;

/// <summary>The <see cref="ConcurrentUnlinkTests"/> against PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresConcurrentUnlinkTests : ConcurrentUnlinkTests
{
    private protected override ServerDatabase? Database { get; } = ServerDatabase.OnPostgres();
}
