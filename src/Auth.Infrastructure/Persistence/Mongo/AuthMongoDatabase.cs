using Auth.Domain.Accounts;
using Auth.Domain.Audit;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Email.Outbox;
using Auth.Infrastructure.Persistence.Mongo.KeyMaterial;
using Auth.Infrastructure.Persistence.Mongo.Verifications;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// The service's database and its collections (a singleton; the driver's collection objects are thread-safe).
/// Every read goes to the primary, whatever the connection string's read preference: the unit of work compares
/// versions with what it read, and a stale secondary would answer with a revoked session or an old lockout.
/// </summary>
internal sealed class AuthMongoDatabase
{
    public AuthMongoDatabase(IMongoClient client, string databaseName)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseName);
        MongoClassMaps.EnsureRegistered();
        Client = client;
        Database = client.GetDatabase(databaseName, new MongoDatabaseSettings { ReadPreference = ReadPreference.Primary });
    }

    public IMongoClient Client { get; }

    public IMongoDatabase Database { get; }

    public IMongoCollection<User> Users => Database.GetCollection<User>(MongoCollectionNames.Users);

    public IMongoCollection<Otp> Otps => Database.GetCollection<Otp>(MongoCollectionNames.Otps);

    public IMongoCollection<Session> Sessions => Database.GetCollection<Session>(MongoCollectionNames.Sessions);

    public IMongoCollection<SignInChallenge> SignInChallenges => Database.GetCollection<SignInChallenge>(MongoCollectionNames.SignInChallenges);

    public IMongoCollection<Passkey> Passkeys => Database.GetCollection<Passkey>(MongoCollectionNames.Passkeys);

    public IMongoCollection<PasskeyChallenge> PasskeyChallenges => Database.GetCollection<PasskeyChallenge>(MongoCollectionNames.PasskeyChallenges);

    public IMongoCollection<SigningKeyDocument> SigningKeys => Database.GetCollection<SigningKeyDocument>(MongoCollectionNames.SigningKeys);

    public IMongoCollection<ServerSecretDocument> ServerSecrets =>
        Database.GetCollection<ServerSecretDocument>(MongoCollectionNames.ServerSecrets);

    public IMongoCollection<Account> Accounts => Database.GetCollection<Account>(MongoCollectionNames.Accounts);

    public IMongoCollection<VerificationDocument> Verifications =>
        Database.GetCollection<VerificationDocument>(MongoCollectionNames.Verifications);

    public IMongoCollection<QueuedMail> MailOutbox => Database.GetCollection<QueuedMail>(MongoCollectionNames.MailOutbox);

    public IMongoCollection<AuditEntry> AuditEntries => Database.GetCollection<AuditEntry>(MongoCollectionNames.AuditEntries);

    /// <summary>A collection as raw documents: what the unit of work writes (it serializes each aggregate itself).</summary>
    public IMongoCollection<BsonDocument> Documents(string collectionName) => Database.GetCollection<BsonDocument>(collectionName);
}
