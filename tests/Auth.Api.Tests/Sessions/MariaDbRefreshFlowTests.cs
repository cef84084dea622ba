
namespace Auth.Api.Tests.Sessions;

/// <summary>The <see cref="RefreshFlowTests"/> against MySQL/MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbRefreshFlowTests() : RefreshFlowTests(ServerDatabase.OnMySql());
