using Auth.Infrastructure.Persistence.Mongo.KeyMaterial;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class KeyMaterialDocumentMappingTests
{
    [Fact]
    public void SigningKey_IsKeyedByItsKeyIdAndRoundTrips()
    {
        var key = new SigningKeyDocument
        {
            KeyId = "kid-1",
            Algorithm = "ES256",
            PrivateKey = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg",
            CreatedAt = MongoSamples.Now,
            RetiresAt = MongoSamples.Now.AddDays(30),
            ExpiresAt = MongoSamples.Now.AddDays(37),
        };

        var document = MongoBson.ToDocument(key);
        var loaded = MongoBson.FromDocument<SigningKeyDocument>(document);

        Assert.Equal(["_id", "algorithm", "privateKey", "createdAt", "retiresAt", "expiresAt"], document.Names);
        Assert.Equal("kid-1", document["_id"]);
        Assert.Equal(BsonType.DateTime, document["retiresAt"].BsonType);
        Assert.Equal(
            (key.KeyId, key.Algorithm, key.PrivateKey, key.CreatedAt, key.RetiresAt, key.ExpiresAt),
            (loaded.KeyId, loaded.Algorithm, loaded.PrivateKey, loaded.CreatedAt, loaded.RetiresAt, loaded.ExpiresAt));
    }

    [Fact]
    public void ServerSecret_IsKeyedByItsNameAndRoundTrips()
    {
        var secret = new ServerSecretDocument { Name = "otp-hash-key", Value = "c2VjcmV0", CreatedAt = MongoSamples.Now };

        var document = MongoBson.ToDocument(secret);
        var loaded = MongoBson.FromDocument<ServerSecretDocument>(document);

        Assert.Equal(["_id", "value", "createdAt"], document.Names);
        Assert.Equal("otp-hash-key", document["_id"]);
        Assert.Equal((secret.Name, secret.Value, secret.CreatedAt), (loaded.Name, loaded.Value, loaded.CreatedAt));
    }
}
