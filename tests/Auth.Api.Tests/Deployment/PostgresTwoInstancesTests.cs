
namespace Auth.Api.Tests.Deployment;

/// <summary>The <see cref="TwoInstancesTests"/> against PostgreSQL (AUTH_TEST_POSTGRES); skipped with the reason when it is not configured.</summary>
public sealed class PostgresTwoInstancesTests() : TwoInstancesTests(ServerDatabase.OnPostgres());
