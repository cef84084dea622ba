
namespace Auth.Api.Tests.Accounts;

/// <summary>The <see cref="ProviderOnlyAccountTests"/> against MySQL/MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbProviderOnlyAccountTests : ProviderOnlyAccountTests
{
    private protected override ServerDatabase? Database { get; } = ServerDatabase.OnMySql();
}
