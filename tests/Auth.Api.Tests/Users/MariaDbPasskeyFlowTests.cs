namespace Auth.Api.Tests.Users;

/// <summary>The <see cref="PasskeyFlowTests"/> against MySQL/MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbPasskeyFlowTests() : PasskeyFlowTests(ServerDatabase.OnMySql());
