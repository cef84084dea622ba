using MongoDB.Driver;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// The MongoDB server the server-backed tests use: <c>AUTH_TEST_MONGO</c>, the connection string of a replica set
/// (one member will do), such as <c>mongodb://127.0.0.1:27017/?replicaSet=rs0</c>; against a standalone server the
/// tests fail on the start-up check. Unset, those tests are skipped with this reason; it is the only switch
/// (<c>AUTH_TEST_REQUIRE_DATABASES</c> does not make MongoDB required, since CI has no MongoDB).
/// </summary>
internal static class MongoTestServer
{
    public const string Variable = "AUTH_TEST_MONGO";

    public static string? Url => Environment.GetEnvironmentVariable(Variable) is { } value && !string.IsNullOrWhiteSpace(value)
        ? value.Trim()
        : null;

    /// <summary>The server's connection string; skips the calling test when none is configured.</summary>
    public static string Require()
    {
        Skip.If(Url is null, $"{Variable} is not set: point it at a MongoDB replica set (e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0) to run the MongoDB tests.");
        return Url!;
    }

    /// <summary>
    /// The server's connection string with another database in its path. Credentials keep authenticating against the
    /// database the original string named (or admin), not against the new one.
    /// </summary>
    public static string WithDatabase(string url, string database)
    {
        var builder = new MongoUrlBuilder(url);
        if (builder.Username is not null && string.IsNullOrEmpty(builder.AuthenticationSource))
            builder.AuthenticationSource = string.IsNullOrEmpty(builder.DatabaseName) ? "admin" : builder.DatabaseName;
        builder.DatabaseName = database;
        return builder.ToString();
    }
}
