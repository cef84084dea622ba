namespace Auth.Api.Tests.Users;

/// <summary>The <see cref="AuthenticatorAppFlowTests"/> against MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbAuthenticatorAppFlowTests() : AuthenticatorAppFlowTests(ServerDatabase.OnMySql());
