using Microsoft.Extensions.Configuration;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// Where the service's data lives: the client settings of <c>ConnectionStrings:Auth</c> (a <c>mongodb://</c> or
/// <c>mongodb+srv://</c> URL) and the database named in its path, <see cref="DefaultDatabaseName"/> when it names
/// none. Error messages never repeat the connection string: it may hold a password.
/// </summary>
internal sealed record MongoConnection(MongoClientSettings Settings, string DatabaseName)
{
    public const string DefaultDatabaseName = "auth";

    public const string DefaultApplicationName = "auth";

    public static MongoConnection FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Parse(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));
    }

    public static MongoConnection Parse(string? connectionString)
    {
        const string setting = $"ConnectionStrings:{DatabaseOptions.ConnectionStringName}";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} is '{DatabaseProvider.Mongo}', which needs " +
                $"{setting} (environment: {DatabaseOptions.ConnectionStringEnvironmentVariable}), for example " +
                "mongodb://host1,host2,host3/auth?replicaSet=rs0 (a replica set; a single member is fine).");
        }

        MongoUrl url;
        try
        {
            url = MongoUrl.Create(connectionString);
        }
        catch (Exception exception) when (exception is MongoConfigurationException or FormatException or ArgumentException)
        {
            // The inner exception is left out on purpose: its message quotes the connection string.
            throw new InvalidOperationException(
                $"{setting} is not a valid MongoDB connection string (mongodb://… or mongodb+srv://…): {exception.GetType().Name}.");
        }

        var settings = MongoClientSettings.FromUrl(url);
        settings.ApplicationName ??= DefaultApplicationName;
        return new MongoConnection(settings, string.IsNullOrEmpty(url.DatabaseName) ? DefaultDatabaseName : url.DatabaseName);
    }
}
