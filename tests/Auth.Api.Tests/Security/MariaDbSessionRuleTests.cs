
namespace Auth.Api.Tests.Security;

/// <summary>The <see cref="SessionRuleTests"/> against MySQL/MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbSessionRuleTests() : SessionRuleTests(ServerDatabase.OnMySql());
