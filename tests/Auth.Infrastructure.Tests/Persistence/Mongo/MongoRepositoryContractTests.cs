using Auth.Infrastructure.Tests.TestSupport.Persistence;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// The persistence contract on MongoDB, each test on a fresh database. Skipped unless <c>AUTH_TEST_MONGO</c> names a
/// replica set (see <see cref="MongoTestServer"/>).
/// </summary>
public sealed class MongoRepositoryContractTests : RepositoryContractTests
{
    private protected override PersistenceTestDatabase CreateDatabase() => new MongoTestDatabase();
}
