using Auth.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Api.Tests.TestSupport.OAuth;

/// <summary>
/// A fresh service per test wired to a fresh <see cref="FakeOAuthProvider"/> (both providers enabled, two allowed
/// redirect URIs), with a browser-like client that keeps cookies and does not follow redirects.
/// </summary>
public abstract class OAuthApiTestBase : IAsyncLifetime
{
    public const string CustomSchemeRedirectUri = "com.example.app:/oauth-callback";

    protected FakeOAuthProvider Provider { get; private set; } = null!;

    protected AuthApiFactory Factory { get; private set; } = null!;

    protected HttpClient Browser { get; private set; } = null!;

    protected ApiClient Api { get; private set; } = null!;

    protected AuthFlows Flows { get; private set; } = null!;

    protected SocialSignIn Social { get; private set; } = null!;

    /// <summary>Extra settings of a test class (they win over the defaults).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>The database of a test class run on a server; SQLite (the default) when null.</summary>
    private protected virtual ServerDatabase? Database => null;

    /// <summary>The service's (and the fake provider's) clock; the browser keeps the real time.</summary>
    protected virtual FakeTimeProvider NewServiceClock() => TestClock.StartingNow();

    public async Task InitializeAsync()
    {
        Provider = await FakeOAuthProvider.StartAsync();
        var settings = Provider.Settings();
        settings["Auth:OAuth:AllowedRedirectUris:0"] = SocialSignIn.AppRedirectUri;
        settings["Auth:OAuth:AllowedRedirectUris:1"] = CustomSchemeRedirectUri;
        foreach (var (key, value) in ExtraSettings) settings[key] = value;

        Factory = new AuthApiFactory(Database, settings) { Clock = NewServiceClock() };
        Provider.Clock = Factory.Clock.GetUtcNow;
        Browser = NewBrowser();
        Api = new ApiClient(Browser);
        Flows = new AuthFlows(Api, Factory.Mailbox);
        Social = new SocialSignIn(Browser, Api);
    }

    public async Task DisposeAsync()
    {
        Social.Dispose();
        Browser.Dispose();
        Factory.Dispose();
        await Provider.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Another browser: its own cookies.</summary>
    protected HttpClient NewBrowser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Rows of a table (optionally with a WHERE clause), read straight from the SQLite file.</summary>
    protected long Count(string tableAndFilter) => Scalar<long>($"SELECT COUNT(*) FROM {tableAndFilter}");

    protected T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected List<string?> Column(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string?>();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0).ToString());
        return values;
    }
}
