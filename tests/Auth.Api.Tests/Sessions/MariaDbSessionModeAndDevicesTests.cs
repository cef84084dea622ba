
namespace Auth.Api.Tests.Sessions;

/// <summary>The <see cref="SessionModeAndDevicesTests"/> against MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbSessionModeAndDevicesTests() : SessionModeAndDevicesTests(ServerDatabase.OnMySql());
