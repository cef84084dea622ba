
namespace Auth.Api.Tests.TestSupport;

/// <summary>
/// One fresh service (database, mail folder, clock) per test class instance, so tests never share state. The
/// database is SQLite, or one created for the instance on a server (<see cref="ServerDatabase.OnPostgres"/>,
/// <see cref="ServerDatabase.OnMySql"/>): a flow test class runs per provider through a subclass that passes it.
/// </summary>
public abstract class ApiTestBase : IDisposable
{
    protected ApiTestBase(IDictionary<string, string?>? settings = null)
        : this(null, settings)
    {
    }

    private protected ApiTestBase(ServerDatabase? database, IDictionary<string, string?>? settings = null)
    {
        Factory = new AuthApiFactory(database, settings);
        Api = new ApiClient(Factory.CreateClient());
        Flows = new AuthFlows(Api, Factory.Mailbox);
    }

    protected AuthApiFactory Factory { get; }

    protected ApiClient Api { get; }

    protected AuthFlows Flows { get; }

    protected Mailbox Mailbox => Factory.Mailbox;

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
