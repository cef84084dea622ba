
namespace Auth.Api.Tests.Sessions;

/// <summary>The <see cref="SessionModeAndDevicesTests"/> against PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresSessionModeAndDevicesTests() : SessionModeAndDevicesTests(ServerDatabase.OnPostgres());
