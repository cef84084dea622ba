namespace Auth.Infrastructure.Persistence;

/// <summary>The values of <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    MySql,
    Mongo,
}
