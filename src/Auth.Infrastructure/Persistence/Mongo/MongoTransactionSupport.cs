using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// Whether the server can run multi-document transactions: a replica-set member (its <c>hello</c> answer names a
/// <c>setName</c>) or a mongos router (<c>msg: "isdbgrid"</c>), with sessions (<c>logicalSessionTimeoutMinutes</c>)
/// and a recent enough wire version. A standalone <c>mongod</c> cannot. Asked once, on the first save that writes
/// more than one document, and remembered (a failed question is asked again next time).
/// </summary>
internal sealed partial class MongoTransactionSupport
{
    /// <summary>MongoDB 4.0: transactions on replica sets.</summary>
    public const int ReplicaSetTransactionsWireVersion = 7;

    /// <summary>MongoDB 4.2: transactions across shards.</summary>
    public const int ShardedTransactionsWireVersion = 8;

    private const int Unknown = 0;
    private const int Unsupported = 1;
    private const int Supported = 2;

    private readonly Func<CancellationToken, Task<BsonDocument>> _hello;
    private readonly ILogger _logger;
    private volatile int _state = Unknown;

    public MongoTransactionSupport(IMongoClient client, ILogger<MongoTransactionSupport> logger)
        : this(cancellationToken => HelloAsync(client, cancellationToken), logger)
    {
    }

    /// <summary>For tests: any source of <c>hello</c> answers.</summary>
    internal MongoTransactionSupport(Func<CancellationToken, Task<BsonDocument>> hello, ILogger logger)
    {
        _hello = hello;
        _logger = logger;
    }

    public async Task<bool> IsSupportedAsync(CancellationToken cancellationToken)
    {
        var state = _state;
        if (state != Unknown) return state == Supported;

        var hello = await _hello(cancellationToken).ConfigureAwait(false);
        var supported = SupportsTransactions(hello);
        _state = supported ? Supported : Unsupported;
        if (supported) LogTransactions(_logger);
        else LogNoTransactions(_logger);
        return supported;
    }

    /// <summary>Reads a <c>hello</c> (or legacy <c>isMaster</c>) answer.</summary>
    public static bool SupportsTransactions(BsonDocument hello)
    {
        ArgumentNullException.ThrowIfNull(hello);
        if (!hello.TryGetValue("logicalSessionTimeoutMinutes", out var sessionTimeout) || sessionTimeout.IsBsonNull) return false;

        var wireVersion = hello.TryGetValue("maxWireVersion", out var wire) && wire.IsNumeric ? wire.ToInt32() : 0;
        if (hello.TryGetValue("msg", out var msg) && msg is BsonString { Value: "isdbgrid" })
            return wireVersion >= ShardedTransactionsWireVersion;
        if (hello.TryGetValue("setName", out var setName) && setName is BsonString { Value.Length: > 0 })
            return wireVersion >= ReplicaSetTransactionsWireVersion;
        return false;
    }

    private static async Task<BsonDocument> HelloAsync(IMongoClient client, CancellationToken cancellationToken)
    {
        var admin = client.GetDatabase("admin");
        try
        {
            return await admin.RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (MongoCommandException exception) when (exception.Code == MongoErrors.CommandNotFound)
        {
            return await admin.RunCommandAsync<BsonDocument>(new BsonDocument("isMaster", 1), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MongoDB supports transactions: saves that write several documents are atomic.")]
    private static partial void LogTransactions(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "MongoDB is a standalone server without transactions: saves that write several documents write them one by one " +
        "(each still atomic and version-checked). Run a replica set (even of one member) for atomic saves.")]
    private static partial void LogNoTransactions(ILogger logger);
}
