using Auth.Application.Abstractions.OAuth;
using Auth.Application.Accounts;
using Auth.Application.Accounts.CompleteOAuth;
using Auth.Application.Accounts.ExchangeOAuthCode;
using Auth.Application.Accounts.HandOffToApp;
using Auth.Application.Accounts.ListMyAccounts;
using Auth.Application.Accounts.StartOAuth;
using Auth.Application.Accounts.StartProviderLink;
using Auth.Application.Accounts.UnlinkAccount;
using Auth.Domain.Accounts;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <summary>
/// <see cref="HandlerFixture"/> plus what provider sign-in needs: accounts, a verification store, a stub Google and
/// GitHub, a readable token protector, and the real <see cref="OAuthFlows"/> and <see cref="ProviderAccountLinker"/>.
/// </summary>
public sealed class OAuthFixture
{
    public const string AppRedirectUri = "https://app.example.com/cb";
    public static readonly Uri CallbackUri = new("https://auth.example.com/api/v1/auth/oauth/google/callback");

    public OAuthFixture()
    {
        Flows = new OAuthFlows(Verifications, Fx.OpaqueTokens, Settings);
        Linker = new ProviderAccountLinker(Accounts, Fx.Users, Protector);
        Catalog = new StubOAuthProviderCatalog(Google, GitHub);
    }

    public HandlerFixture Fx { get; } = new();

    public OAuthSettings Settings { get; } = new() { AllowedRedirectUris = new RedirectUriAllowList([AppRedirectUri]) };

    public InMemoryAccountRepository Accounts { get; } = new();

    public InMemoryVerificationStore Verifications { get; } = new();

    public StubOAuthProvider Google { get; } = new(AuthProvider.Google);

    public StubOAuthProvider GitHub { get; } = new(AuthProvider.GitHub);

    public StubOAuthProviderCatalog Catalog { get; }

    public FakeProviderTokenProtector Protector { get; } = new();

    public OAuthFlows Flows { get; }

    public ProviderAccountLinker Linker { get; }

    public StartOAuthCommandHandler StartHandler => new(Catalog, Flows, Settings, Fx.Clock);

    public CompleteOAuthCommandHandler CompleteHandler => new(Catalog, Flows, Linker, Fx.Clock);

    public ExchangeOAuthCodeCommandHandler ExchangeHandler => new(Fx.Users, Flows, Fx.SignInCompletion, Fx.Clock);

    public StartProviderLinkCommandHandler StartLinkHandler => new(Catalog, Flows, Fx.Clock);

    public HandOffToAppCommandHandler HandOffHandler => new(Fx.Users, Flows, Settings, Fx.Clock);

    public ListMyAccountsQueryHandler ListHandler => new(Accounts, Fx.Mapper);

    public UnlinkAccountCommandHandler UnlinkHandler => new(Fx.Users, Accounts, Fx.Clock);

    /// <summary>A started Google flow in a browser whose binding cookie is returned with the state.</summary>
    public async Task<(string State, string Binding)> StartedAsync(string provider = "google", string? appState = null)
    {
        var started = await StartHandler.Handle(new StartOAuthCommand(provider, AppRedirectUri, appState, CallbackUri, null), HandlerFixture.Ct);
        var stub = provider == "google" ? Google : GitHub;
        return (stub.LastAuthorization!.State, started.Value.BrowserBinding);
    }

    public static ProviderSignInResult SignedInAs(
        AuthProvider provider = AuthProvider.Google, string id = "1001", string email = "grace@example.com", bool verified = true) =>
        new(new ProviderIdentity(provider, id, EmailAddress.Create(email).Value, verified, "Grace Hopper"),
            new ProviderTokens("provider-access", "provider-refresh", HandlerFixture.Start.AddHours(1), "openid email"));
}
