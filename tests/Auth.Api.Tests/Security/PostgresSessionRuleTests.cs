
namespace Auth.Api.Tests.Security;

/// <summary>The <see cref="SessionRuleTests"/> against PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresSessionRuleTests() : SessionRuleTests(ServerDatabase.OnPostgres());
