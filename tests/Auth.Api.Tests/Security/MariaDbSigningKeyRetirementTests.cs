
namespace Auth.Api.Tests.Security;

/// <summary>The <see cref="SigningKeyRetirementTests"/> against MySQL/MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbSigningKeyRetirementTests() : SigningKeyRetirementTests(ServerDatabase.OnMySql());
