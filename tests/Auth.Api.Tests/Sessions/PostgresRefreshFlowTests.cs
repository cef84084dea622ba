
namespace Auth.Api.Tests.Sessions;

/// <summary>The <see cref="RefreshFlowTests"/> against PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresRefreshFlowTests() : RefreshFlowTests(ServerDatabase.OnPostgres());
