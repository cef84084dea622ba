using Auth.Infrastructure.Tests.TestSupport.Persistence;

namespace Auth.Infrastructure.Tests.Persistence;

public sealed class MariaDbRepositoryContractTests : RelationalRepositoryContractTests
{
    private protected override PersistenceTestDatabase CreateDatabase() => ServerTestDatabase.MariaDb();
}
