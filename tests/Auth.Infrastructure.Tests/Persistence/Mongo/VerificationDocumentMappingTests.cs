using Auth.Infrastructure.Persistence.Mongo.Verifications;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class VerificationDocumentMappingTests
{
    [Fact]
    public void Verification_RoundTripsThroughBson_BackToTheSameEntry()
    {
        var entry = MongoSamples.Verification();
        var document = VerificationDocument.From(entry);

        var read = MongoBson.RoundTrip(document);

        Assert.Equal(document.Id, read.Id);
        Assert.Equal(entry, read.ToEntry());
    }

    [Fact]
    public void Verification_Document_HasTheDocumentedFields_AndAStandardUuidIdOrderedByCreation()
    {
        var entry = MongoSamples.Verification();
        var document = VerificationDocument.From(entry);

        var stored = MongoBson.ToDocument(document);

        Assert.Equal(["_id", "identifier", "valueHash", "payload", "createdAt", "expiresAt"], stored.Names);
        Assert.Equal(MongoBson.StandardUuid(document.Id), stored["_id"]);
        Assert.Equal(7, document.Id.Version);
        Assert.Equal("oauth-state:google", stored["identifier"]);
        Assert.Equal(entry.ValueHash, stored["valueHash"]);
        Assert.Equal(new BsonDateTime(entry.ExpiresAt.ToUnixTimeMilliseconds()), stored["expiresAt"]);
        Assert.Equal(BsonType.DateTime, stored["createdAt"].BsonType);
    }
}
