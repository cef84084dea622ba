
namespace Auth.Api.Tests.Deployment;

/// <summary>The <see cref="TwoInstancesTests"/> against MySQL/MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbTwoInstancesTests() : TwoInstancesTests(ServerDatabase.OnMySql());
