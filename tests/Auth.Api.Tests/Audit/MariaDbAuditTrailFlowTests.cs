
namespace Auth.Api.Tests.Audit;

/// <summary>The <see cref="AuditTrailFlowTests"/> against MariaDB (AUTH_TEST_MYSQL); skipped with the reason when it is not configured.</summary>
public sealed class MariaDbAuditTrailFlowTests() : AuditTrailFlowTests(ServerDatabase.OnMySql());
