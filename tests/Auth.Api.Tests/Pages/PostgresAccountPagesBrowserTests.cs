namespace Auth.Api.Tests.Pages;

/// <summary>The <see cref="AccountPagesBrowserTests"/> on PostgreSQL (AUTH_TEST_POSTGRES).</summary>
public sealed class PostgresAccountPagesBrowserTests : AccountPagesBrowserTests
{
    private readonly ServerDatabase _database = ServerDatabase.OnPostgres();

    public PostgresAccountPagesBrowserTests(Chromium chromium)
        : base(chromium) => Skip.If(_database.MissingServer is not null, _database.MissingServer);

    private protected override IReadOnlyDictionary<string, string?> DatabaseSettings => _database.Settings;

    private protected override string Screens => "postgres";

    public override async Task InitializeAsync()
    {
        await _database.CreateAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DropAsync();
    }
}
