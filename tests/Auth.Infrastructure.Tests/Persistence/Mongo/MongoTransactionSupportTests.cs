using Auth.Infrastructure.Persistence.Mongo;
using Microsoft.Extensions.Logging.Abstractions;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class MongoTransactionSupportTests
{
    private const string Standalone =
        "{ isWritablePrimary: true, topologyVersion: { processId: ObjectId('65f1c0a1e4b0a1b2c3d4e5f6'), counter: 0 }, " +
        "maxBsonObjectSize: 16777216, maxMessageSizeBytes: 48000000, maxWriteBatchSize: 100000, " +
        "localTime: ISODate('2026-03-01T09:30:00Z'), logicalSessionTimeoutMinutes: 30, connectionId: 12, " +
        "minWireVersion: 0, maxWireVersion: 21, readOnly: false, ok: 1 }";

    private const string ReplicaSetPrimary =
        "{ topologyVersion: { processId: ObjectId('65f1c0a1e4b0a1b2c3d4e5f6'), counter: 6 }, hosts: ['127.0.0.1:27017'], " +
        "setName: 'rs0', setVersion: 1, isWritablePrimary: true, secondary: false, primary: '127.0.0.1:27017', me: '127.0.0.1:27017', " +
        "electionId: ObjectId('7fffffff0000000000000001'), maxBsonObjectSize: 16777216, logicalSessionTimeoutMinutes: 30, " +
        "minWireVersion: 0, maxWireVersion: 21, readOnly: false, ok: 1 }";

    private const string ReplicaSetSecondary =
        "{ hosts: ['a:27017', 'b:27017'], setName: 'rs0', isWritablePrimary: false, secondary: true, primary: 'a:27017', " +
        "logicalSessionTimeoutMinutes: 30, minWireVersion: 0, maxWireVersion: 17, ok: 1 }";

    private const string Mongos =
        "{ isWritablePrimary: true, msg: 'isdbgrid', maxBsonObjectSize: 16777216, logicalSessionTimeoutMinutes: 30, " +
        "minWireVersion: 0, maxWireVersion: 21, readOnly: false, ok: 1 }";

    /// <summary>Started with --replSet but rs.initiate() not run yet.</summary>
    private const string UninitialisedReplicaSetMember =
        "{ isWritablePrimary: false, secondary: false, info: 'Does not have a valid replica set config', isreplicaset: true, " +
        "maxBsonObjectSize: 16777216, minWireVersion: 0, maxWireVersion: 21, ok: 1 }";

    private const string LegacyIsMasterPrimaryOf36 =
        "{ ismaster: true, setName: 'rs0', hosts: ['a:27017'], logicalSessionTimeoutMinutes: 30, minWireVersion: 0, maxWireVersion: 6, ok: 1 }";

    private const string MongosOf40 =
        "{ ismaster: true, msg: 'isdbgrid', logicalSessionTimeoutMinutes: 30, minWireVersion: 0, maxWireVersion: 7, ok: 1 }";

    private const string ReplicaSetWithoutSessions =
        "{ isWritablePrimary: true, setName: 'rs0', logicalSessionTimeoutMinutes: null, minWireVersion: 0, maxWireVersion: 21, ok: 1 }";

    [Theory]
    [InlineData(Standalone, false)]
    [InlineData(ReplicaSetPrimary, true)]
    [InlineData(ReplicaSetSecondary, true)]
    [InlineData(Mongos, true)]
    [InlineData(UninitialisedReplicaSetMember, false)]
    [InlineData(LegacyIsMasterPrimaryOf36, false)]
    [InlineData(MongosOf40, false)]
    [InlineData(ReplicaSetWithoutSessions, false)]
    [InlineData("{ ok: 1 }", false)]
    public void SupportsTransactions_ReadsTheHelloAnswer(string hello, bool supported)
    {
        Assert.Equal(supported, MongoTransactionSupport.SupportsTransactions(BsonDocument.Parse(hello)));
    }

    [Fact]
    public async Task IsSupported_AsksTheServerOnceAndRemembersTheAnswer()
    {
        var asked = 0;
        var support = new MongoTransactionSupport(
            _ =>
            {
                asked++;
                return Task.FromResult(BsonDocument.Parse(ReplicaSetPrimary));
            },
            NullLogger.Instance);

        Assert.True(await support.IsSupportedAsync(CancellationToken.None));
        Assert.True(await support.IsSupportedAsync(CancellationToken.None));
        Assert.Equal(1, asked);
    }

    [Fact]
    public async Task IsSupported_WhenTheQuestionFails_AsksAgainNextTime()
    {
        var answers = new Queue<Func<BsonDocument>>([() => throw new TimeoutException("no server"), () => BsonDocument.Parse(Standalone)]);
        var support = new MongoTransactionSupport(_ => Task.FromResult(answers.Dequeue()()), NullLogger.Instance);

        await Assert.ThrowsAsync<TimeoutException>(() => support.IsSupportedAsync(CancellationToken.None));
        Assert.False(await support.IsSupportedAsync(CancellationToken.None));
        Assert.Empty(answers);
    }
}
