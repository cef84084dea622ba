
namespace Auth.Api.Tests.Accounts;

/// <summary>The <see cref="ConcurrentUnlinkTests"/> against MySQL/MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbConcurrentUnlinkTests : ConcurrentUnlinkTests
{
    private protected override ServerDatabase? Database { get; } = ServerDatabase.OnMySql();
}
