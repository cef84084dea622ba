namespace Auth.Api.Tests.Users;

/// <summary>The <see cref="PasskeyFlowTests"/> against PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresPasskeyFlowTests() : PasskeyFlowTests(ServerDatabase.OnPostgres());
