
namespace Auth.Api.Tests.Security;

/// <summary>The <see cref="DatabaseRateLimitTests"/> against PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresDatabaseRateLimitTests() : DatabaseRateLimitTests(ServerDatabase.OnPostgres());
