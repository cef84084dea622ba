using Auth.Infrastructure.Tests.TestSupport.Persistence;

namespace Auth.Infrastructure.Tests.Persistence;

public sealed class SqliteRepositoryContractTests : RelationalRepositoryContractTests
{
    private protected override PersistenceTestDatabase CreateDatabase() => new SqliteTestDatabase();
}
