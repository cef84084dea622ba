
namespace Auth.Api.Tests.Security;

/// <summary>The <see cref="DatabaseRateLimitTests"/> against MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbDatabaseRateLimitTests() : DatabaseRateLimitTests(ServerDatabase.OnMySql());
