using Auth.Api.Tests.TestSupport;
using Auth.Client;
using Auth.Client.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Auth.Api.Tests.OpenApi;

/// <summary>
/// The everyday flow through clients/Auth.Client only, the client Kiota generates from the OpenAPI document: what a
/// consumer who generates a client gets to work with, typed bodies and typed problems included.
/// </summary>
public sealed class GeneratedClientTests : ApiTestBase
{
    private const string Email = "generated@example.com";
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task SignUp_Verify_SignIn_Me_Refresh_SignOut_WorkThroughTheGeneratedClient()
    {
        var anonymous = Client(new AnonymousAuthenticationProvider());

        var created = await anonymous.Api.V1.Auth.SignUp.PostAsync(new SignUpRequest { Name = "Ada Lovelace", Email = Email, Password = Password });
        var verified = await anonymous.Api.V1.Auth.Email.Verify.PostAsync(
            new VerifyEmailRequest { Email = Email, Code = Mailbox.LatestCode(Email, "Verify your email") });
        var signedIn = await anonymous.Api.V1.Auth.SignIn.PostAsync(new SignInRequest { Email = Email, Password = Password });
        var tokens = signedIn!.TokenPair!;
        var me = await Bearer(tokens.AccessToken!).Api.V1.Users.Me.GetAsync();
        var refreshed = await anonymous.Api.V1.Auth.Refresh.PostAsync(new RefreshRequest { RefreshToken = tokens.RefreshToken });
        await Bearer(refreshed!.AccessToken!).Api.V1.Auth.SignOut.PostAsync();

        Assert.Equal(Email, created!.Email);
        Assert.True(verified!.IsEmailVerified);
        Assert.Equal(created.Id, me!.Id);
        Assert.NotEqual(tokens.RefreshToken, refreshed.RefreshToken);
        var afterSignOut = await Assert.ThrowsAsync<Problem>(() =>
            anonymous.Api.V1.Auth.Refresh.PostAsync(new RefreshRequest { RefreshToken = refreshed.RefreshToken }));
        Assert.Equal(401, afterSignOut.ResponseStatusCode);
        Assert.Equal("refresh_token_invalid", afterSignOut.Code);
    }

    [Fact]
    public async Task ASessionModeSignIn_ArrivesAsTheSessionTokenAlternative()
    {
        await Flows.SignUpVerifiedAsync(Email, Password);

        var signedIn = await Client(new AnonymousAuthenticationProvider()).Api.V1.Auth.SignIn.PostAsync(
            new SignInRequest { Email = Email, Password = Password, Mode = "session" });

        Assert.Null(signedIn!.TokenPair);
        var me = await Bearer(signedIn.SessionTokenGrant!.SessionToken!).Api.V1.Users.Me.GetAsync();
        Assert.Equal(Email, me!.Email);
    }

    private AuthApiClient Bearer(string token) => Client(new BaseBearerTokenAuthenticationProvider(new StaticToken(token)));

    private AuthApiClient Client(IAuthenticationProvider authentication)
    {
        var http = Factory.CreateClient();
        return new AuthApiClient(new HttpClientRequestAdapter(authentication, httpClient: http) { BaseUrl = http.BaseAddress!.AbsoluteUri.TrimEnd('/') });
    }

    private sealed class StaticToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
