
namespace Auth.Api.Tests.Accounts;

/// <summary>The <see cref="ProviderOnlyAccountTests"/> against PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresProviderOnlyAccountTests : ProviderOnlyAccountTests
{
    private protected override ServerDatabase? Database { get; } = ServerDatabase.OnPostgres();
}
