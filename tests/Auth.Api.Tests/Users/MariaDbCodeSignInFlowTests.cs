
namespace Auth.Api.Tests.Users;

/// <summary>The <see cref="CodeSignInFlowTests"/> against MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbCodeSignInFlowTests() : CodeSignInFlowTests(ServerDatabase.OnMySql());
