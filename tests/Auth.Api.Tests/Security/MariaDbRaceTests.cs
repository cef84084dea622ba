
namespace Auth.Api.Tests.Security;

/// <summary>The <see cref="RaceTests"/> against MySQL/MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbRaceTests() : RaceTests(ServerDatabase.OnMySql());
