using Auth.Domain.OneTimePasswords;
using Auth.Infrastructure.Persistence.Mongo;
using Auth.Infrastructure.Tests.TestSupport.Persistence;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// A database of its own on the <see cref="MongoTestServer"/> (unique name), dropped afterwards. Creating it skips
/// the test when <c>AUTH_TEST_MONGO</c> is not set.
/// </summary>
internal sealed class MongoTestDatabase : PersistenceTestDatabase
{
    private readonly string _serverUrl = MongoTestServer.Require();

    public string Name { get; } = $"auth_test_{Guid.NewGuid():N}";

    public string ConnectionString => MongoTestServer.WithDatabase(_serverUrl, Name);

    public override async Task<Otp?> FindOtpAsync(TestScope scope, OtpId id) =>
        await scope.Services.GetRequiredService<AuthMongoDatabase>().Otps
            .Find(Builders<Otp>.Filter.Eq(o => o.Id, id))
            .SingleOrDefaultAsync();

    protected override Task<IReadOnlyDictionary<string, string?>> CreateEmptyDatabaseAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Mongo",
            ["ConnectionStrings:Auth"] = ConnectionString,
        });

    protected override async Task DropDatabaseAsync()
    {
        using var client = new MongoClient(ConnectionString);
        await client.DropDatabaseAsync(Name);
    }
}
