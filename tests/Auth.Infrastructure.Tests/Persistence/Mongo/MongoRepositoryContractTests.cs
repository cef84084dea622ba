using Auth.Infrastructure.Tests.TestSupport.Persistence;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// The persistence contract on MongoDB, each test on a fresh database. Skipped unless <c>AUTH_TEST_MONGO</c> names a
/// server; against a replica set, multi-document saves run in transactions, against a standalone one by one.
/// </summary>
public sealed class MongoRepositoryContractTests : RepositoryContractTests
{
    private protected override PersistenceTestDatabase CreateDatabase() => new MongoTestDatabase();
}
