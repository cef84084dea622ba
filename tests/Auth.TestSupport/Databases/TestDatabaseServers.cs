namespace Auth.TestSupport.Databases;

/// <summary>
/// Where the server-backed provider tests find their server: a connection string in an environment variable
/// (<c>scripts/test-databases.sh env</c> prints them). Unset, the test is skipped with <see cref="ServerDatabase.MissingServer"/>
/// as the reason, unless <c>AUTH_TEST_REQUIRE_DATABASES=1</c> (CI sets it): then it fails, so a provider can never
/// silently go untested. Shared by the persistence tests and the API tests, whose flow tests run per provider the same way.
/// </summary>
public static class TestDatabaseServers
{
    public const string PostgresVariable = "AUTH_TEST_POSTGRES";
    public const string MySqlVariable = "AUTH_TEST_MYSQL";
    public const string RequireVariable = "AUTH_TEST_REQUIRE_DATABASES";

    public static bool Required =>
        Environment.GetEnvironmentVariable(RequireVariable)?.Trim() is "1" or "true" or "True" or "TRUE";

    /// <summary>The server's connection string, or null with the reason to skip in <paramref name="missing"/>.</summary>
    internal static string? ConnectionString(string variable, string engine, out string? missing)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            missing = null;
            return value;
        }

        if (Required)
        {
            throw new InvalidOperationException(
                $"{RequireVariable}=1 but {variable} is not set: the {engine} tests must run here. Start the servers " +
                $"with scripts/test-databases.sh start and export what scripts/test-databases.sh env prints.");
        }

        missing = $"{variable} is not set, so there is no {engine} server to test against. To run these tests: " +
            "scripts/test-databases.sh start; eval \"$(scripts/test-databases.sh env)\"";
        return null;
    }
}
