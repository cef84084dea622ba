namespace Auth.TestSupport.Builders;

/// <summary>
/// The stand-in hashes test users store: <c>"hash:" + password</c>, and <c>"old:" + password</c> for the right password
/// kept with outdated parameters. Readable in a failed assertion; the application tests' fake hasher verifies them.
/// </summary>
public static class TestPasswordHash
{
    public static string Of(string password) => "hash:" + password;

    public static string OutdatedOf(string password) => "old:" + password;
}
