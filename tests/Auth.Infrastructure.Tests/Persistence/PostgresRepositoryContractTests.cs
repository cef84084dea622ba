using Auth.Infrastructure.Tests.TestSupport.Persistence;

namespace Auth.Infrastructure.Tests.Persistence;

public sealed class PostgresRepositoryContractTests : RelationalRepositoryContractTests
{
    private protected override PersistenceTestDatabase CreateDatabase() => ServerTestDatabase.Postgres();
}
