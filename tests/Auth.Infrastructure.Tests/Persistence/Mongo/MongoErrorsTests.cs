using System.Net;
using System.Reflection;
using Auth.Infrastructure.Persistence.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.Core.Clusters;
using MongoDB.Driver.Core.Connections;
using MongoDB.Driver.Core.Servers;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class MongoErrorsTests
{
    private static readonly ConnectionId Connection = new(new ServerId(new ClusterId(), new DnsEndPoint("localhost", 27017)));

    [Fact]
    public void DuplicateKey_InAnInsertOrReplace_IsRecognised()
    {
        Assert.True(MongoErrors.IsDuplicateKey(WriteException(ServerErrorCategory.DuplicateKey, 11000)));
        Assert.False(MongoErrors.IsDuplicateKey(WriteException(ServerErrorCategory.Uncategorized, 121)));
    }

    [Theory]
    [InlineData(11000, true)]
    [InlineData(11001, true)]
    [InlineData(12582, true)]
    [InlineData(112, false)]
    [InlineData(2, false)]
    public void DuplicateKey_AsACommandError_IsRecognisedByItsCode(int code, bool duplicate)
    {
        Assert.Equal(duplicate, MongoErrors.IsDuplicateKey(CommandException(code)));
    }

    [Fact]
    public void OtherExceptions_AreNotDuplicateKeys()
    {
        Assert.False(MongoErrors.IsDuplicateKey(new TimeoutException()));
        Assert.False(MongoErrors.IsDuplicateKey(new MongoException("other")));
    }

    [Fact]
    public void WriteConflict_OrAnErrorLabelledTransient_IsATransientTransactionFailure()
    {
        var labelled = new MongoException("network error during the transaction");
        labelled.AddErrorLabel(MongoErrors.TransientTransactionError);

        Assert.True(MongoErrors.IsTransientTransactionFailure(CommandException(112)));
        Assert.True(MongoErrors.IsTransientTransactionFailure(WriteException(ServerErrorCategory.Uncategorized, 112)));
        Assert.True(MongoErrors.IsTransientTransactionFailure(labelled));
        Assert.False(MongoErrors.IsTransientTransactionFailure(CommandException(11000)));
        Assert.False(MongoErrors.IsTransientTransactionFailure(new MongoException("UnknownTransactionCommitResult")));
    }

    private static MongoCommandException CommandException(int code) =>
        new(Connection, $"Command failed with code {code}.", new BsonDocument("update", "users"), new BsonDocument { { "ok", 0 }, { "code", code } });

    private static MongoWriteException WriteException(ServerErrorCategory category, int code)
    {
        var error = (WriteError)Activator.CreateInstance(
            typeof(WriteError), BindingFlags.Instance | BindingFlags.NonPublic, null,
            [category, code, $"error {code}", new BsonDocument()], null)!;
        return new MongoWriteException(Connection, error, null, null);
    }
}
