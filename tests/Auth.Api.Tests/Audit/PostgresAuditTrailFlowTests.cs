
namespace Auth.Api.Tests.Audit;

/// <summary>The <see cref="AuditTrailFlowTests"/> against PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresAuditTrailFlowTests() : AuditTrailFlowTests(ServerDatabase.OnPostgres());
