
namespace Auth.Api.Tests.Users;

/// <summary>The <see cref="DeletionFlowTests"/> against PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresDeletionFlowTests() : DeletionFlowTests(ServerDatabase.OnPostgres());
