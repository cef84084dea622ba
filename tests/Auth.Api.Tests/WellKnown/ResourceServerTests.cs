using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Auth.Api.Tests.TestSupport;
using Auth.TestSupport;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Api.Tests.WellKnown;

/// <summary>
/// samples/ResourceServer, an API configured with only this service's URL and the audience, accepts the service's
/// access tokens and refuses tampered, expired and foreign ones. It reaches the service over the test host's handler
/// (the sample's <c>Auth:Authority</c> is the test host's <c>http://localhost</c>).
/// </summary>
public sealed class ResourceServerTests : IDisposable
{
    private const string Email = "consumer@example.com";
    private readonly List<IDisposable> _disposables = [];

    [Fact]
    public async Task AServiceToken_IsAccepted_WithItsSubject()
    {
        var (auth, tokens) = await SignedInAsync(TestClock.StartingNow());

        using var response = await CallHelloAsync(auth, tokens.Get("accessToken"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(tokens.Get("user.id"), body.RootElement.GetProperty("subject").GetString());
        Assert.Equal(Email, body.RootElement.GetProperty("email").GetString());
    }

    [Fact]
    public async Task NoToken_ATamperedToken_AndAForeignKeysToken_AreRefused()
    {
        var (auth, tokens) = await SignedInAsync(TestClock.StartingNow());
        var token = tokens.Get("accessToken");
        var parts = token.Split('.');
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace(Email, "mallory@example.com", StringComparison.Ordinal))}.{parts[2]}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await CallHelloAsync(auth, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallHelloAsync(auth, tampered)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallHelloAsync(auth, SignedByAnotherKey(token))).StatusCode);
    }

    [Fact]
    public async Task AnExpiredToken_IsRefused()
    {
        var anHourAgo = new FakeTimeProvider(TestClock.Now() - TimeSpan.FromHours(1));
        var (auth, tokens) = await SignedInAsync(anHourAgo);

        using var response = await CallHelloAsync(auth, tokens.Get("accessToken"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheDiscoveryDocument_NamesTheTokensIssuer_AndWhereTheKeysAre()
    {
        var (auth, tokens) = await SignedInAsync(TestClock.StartingNow());
        var api = new ApiClient(auth.CreateClient());

        var discovery = await api.GetAsync("/.well-known/openid-configuration");

        var claims = new JsonWebToken(tokens.Get("accessToken"));
        Assert.Equal(HttpStatusCode.OK, discovery.Status);
        Assert.Equal(claims.Issuer, discovery.Get("issuer"));
        Assert.Equal("http://localhost/.well-known/jwks.json", discovery.Get("jwks_uri"));
        Assert.Equal("ES256", discovery.Select("id_token_signing_alg_values_supported")![0]!.GetValue<string>());
    }

    public void Dispose()
    {
        foreach (var disposable in Enumerable.Reverse(_disposables)) disposable.Dispose();
    }

    private async Task<(AuthApiFactory Auth, ApiResponse Tokens)> SignedInAsync(FakeTimeProvider clock)
    {
        var auth = Keep(new AuthApiFactory { Clock = clock });
        var flows = new AuthFlows(new ApiClient(auth.CreateClient()), auth.Mailbox);
        return (auth, await flows.SignedInAsync(Email));
    }

    private async Task<HttpResponseMessage> CallHelloAsync(AuthApiFactory auth, string? accessToken)
    {
        var resourceServer = Keep(new WebApplicationFactory<ResourceServer.Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Auth:Authority", "http://localhost");
            builder.UseSetting("Auth:RequireHttpsMetadata", "false");
            builder.ConfigureTestServices(services => services.Configure<JwtBearerOptions>(
                JwtBearerDefaults.AuthenticationScheme, options => options.BackchannelHttpHandler = auth.Server.CreateHandler()));
        }));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hello");
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await Keep(resourceServer.CreateClient()).SendAsync(request);
    }

    /// <summary>The same payload under the service's key id, signed by a P-256 key the service never had.</summary>
    private static string SignedByAnotherKey(string token)
    {
        var original = new JsonWebToken(token);
        using var foreign = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = new ECDsaSecurityKey(foreign) { KeyId = original.Kid };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(
            Base64UrlEncoder.Decode(original.EncodedPayload), new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256));
    }

    private T Keep<T>(T disposable) where T : IDisposable
    {
        _disposables.Add(disposable);
        return disposable;
    }
}
