namespace Auth.Api.Tests.TestSupport;

/// <summary>One fresh service (database, mail folder, clock) per test class instance, so tests never share state.</summary>
public abstract class ApiTestBase : IDisposable
{
    protected ApiTestBase(IDictionary<string, string?>? settings = null)
    {
        Factory = new AuthApiFactory(settings);
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
