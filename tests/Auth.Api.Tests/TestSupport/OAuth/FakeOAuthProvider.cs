using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Api.Tests.TestSupport.OAuth;

/// <summary>
/// A real HTTP server on 127.0.0.1 (port 0) that speaks both dialects the service uses: Google-style OpenID Connect
/// under <c>/google</c> (authorize, token with a signed ID token, JWKS, user info) and GitHub-style OAuth under
/// <c>/github</c> (authorize, token, <c>/user</c>, <c>/user/emails</c>). Like the real ones it checks the client,
/// the redirect URI and the PKCE verifier against the challenge, and codes work once. <see cref="Behaviour"/> makes it
/// misbehave.
/// </summary>
public sealed class FakeOAuthProvider : IAsyncDisposable
{
    public const string ClientId = "fake-client-id";
    public const string ClientSecret = "fake-client-secret";
    public const string GoogleIssuer = "https://fake-google.test";
    public const string KeyId = "fake-key-1";

    private readonly WebApplication _app;
    private readonly RSA _publishedKey = RSA.Create(2048);
    private readonly RSA _unpublishedKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new();
    private readonly ConcurrentDictionary<string, FakeUser> _accessTokens = new();
    private readonly ConcurrentQueue<string> _issuedAccessTokens = new();
    private int _tokenRequests;
    private int _jwksRequests;

    private FakeOAuthProvider()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();

        _app.MapGet("/{dialect}/authorize", Authorize);
        _app.MapPost("/{dialect}/token", TokenAsync);
        _app.MapGet("/google/jwks", () =>
        {
            Interlocked.Increment(ref _jwksRequests);
            return Behaviour.JwksStatus is { } status ? Results.StatusCode((int)status) : Results.Json(Jwks());
        });
        _app.MapGet("/google/userinfo", (HttpContext context) => WithUser(context, null, user => Results.Json(new
        {
            sub = user.Id,
            email = user.Email,
            email_verified = user.EmailVerified,
            name = user.Name,
        })));
        _app.MapGet("/github/user", (HttpContext context) => WithUser(context, Behaviour.UserStatus, user => Results.Json(new
        {
            id = long.Parse(user.Id, System.Globalization.CultureInfo.InvariantCulture),
            login = user.Login,
            name = user.Name,
            avatar_url = $"https://avatars.example.com/u/{user.Id}",
        })));
        _app.MapGet("/github/user/emails", (HttpContext context) => WithUser(context, Behaviour.EmailsStatus, user => Results.Json(new object[]
        {
            new { email = $"other-{user.Id}@example.org", primary = false, verified = true, visibility = (string?)null },
            new { email = user.Email, primary = true, verified = user.EmailVerified, visibility = "private" },
        })));
    }

    /// <summary>Who signs in at the consent page; tests change it between flows.</summary>
    public FakeUser User { get; set; } = new("1001", "grace@example.com");

    public FakeProviderBehaviour Behaviour { get; } = new();

    /// <summary>The service's clock, so that ID tokens are fresh by the time the service checks them.</summary>
    public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

    public Uri BaseUri { get; private set; } = null!;

    public int TokenRequests => _tokenRequests;

    public int JwksRequests => _jwksRequests;

    /// <summary>Every access token handed out, to look for them where they must not be (the database in clear).</summary>
    public IReadOnlyCollection<string> IssuedAccessTokens => _issuedAccessTokens;

    /// <summary>The last authorize request's query, as the browser brought it.</summary>
    public IQueryCollection? LastAuthorizeQuery { get; private set; }

    public static async Task<FakeOAuthProvider> StartAsync()
    {
        var provider = new FakeOAuthProvider();
        await provider._app.StartAsync();
        provider.BaseUri = new Uri(provider._app.Urls.Single().TrimEnd('/') + "/");
        return provider;
    }

    /// <summary>The service's <c>Auth:OAuth:Google:*</c> and <c>Auth:OAuth:GitHub:*</c> pointing here.</summary>
    public IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Auth:OAuth:Google:ClientId"] = ClientId,
        ["Auth:OAuth:Google:ClientSecret"] = ClientSecret,
        ["Auth:OAuth:Google:AuthorizationEndpoint"] = Url("google/authorize"),
        ["Auth:OAuth:Google:TokenEndpoint"] = Url("google/token"),
        ["Auth:OAuth:Google:UserInfoEndpoint"] = Url("google/userinfo"),
        ["Auth:OAuth:Google:JwksUri"] = Url("google/jwks"),
        ["Auth:OAuth:Google:Issuer"] = GoogleIssuer,
        ["Auth:OAuth:GitHub:ClientId"] = ClientId,
        ["Auth:OAuth:GitHub:ClientSecret"] = ClientSecret,
        ["Auth:OAuth:GitHub:AuthorizationEndpoint"] = Url("github/authorize"),
        ["Auth:OAuth:GitHub:TokenEndpoint"] = Url("github/token"),
        ["Auth:OAuth:GitHub:UserInfoEndpoint"] = Url("github/user"),
        ["Auth:OAuth:GitHub:EmailsEndpoint"] = Url("github/user/emails"),
    };

    public string Url(string path) => new Uri(BaseUri, path).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _publishedKey.Dispose();
        _unpublishedKey.Dispose();
    }

    private IResult Authorize(string dialect, HttpContext context)
    {
        var query = context.Request.Query;
        LastAuthorizeQuery = query;
        string redirectUri = query["redirect_uri"].ToString(), state = query["state"].ToString();
        if (query["client_id"] != ClientId || string.IsNullOrEmpty(redirectUri)) return Results.BadRequest("unknown client or no redirect_uri");
        if (query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"])) return Results.BadRequest("PKCE S256 required");
        if (dialect == "google" && (query["response_type"] != "code" || string.IsNullOrEmpty(query["nonce"]))) return Results.BadRequest("OIDC code flow with nonce required");

        if (Behaviour.DenyConsent)
            return Results.Redirect($"{redirectUri}?error=access_denied&error_description=The+user+denied&state={Uri.EscapeDataString(state)}");

        var code = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        _codes[code] = new IssuedCode(dialect, redirectUri, query["code_challenge"].ToString(), query["nonce"].ToString(), User);
        return Results.Redirect($"{redirectUri}?code={code}&state={Uri.EscapeDataString(state)}");
    }

    private async Task<IResult> TokenAsync(string dialect, HttpContext context)
    {
        Interlocked.Increment(ref _tokenRequests);
        if (Behaviour.TokenDelay > TimeSpan.Zero)
        {
            try { await Task.Delay(Behaviour.TokenDelay, context.RequestAborted); }
            catch (OperationCanceledException) { return Results.Empty; }
        }

        if (Behaviour.TokenStatus is { } status) return Results.Json(new { error = "server_error" }, statusCode: (int)status);
        if (Behaviour.TokenErrorInBody) return Results.Json(new { error = "bad_verification_code" });

        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        if (!_codes.TryRemove(form["code"].ToString(), out var issued) || issued.Dialect != dialect || issued.RedirectUri != form["redirect_uri"])
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        var verifier = form["code_verifier"].ToString();
        if (string.IsNullOrEmpty(verifier) || Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != issued.CodeChallenge)
            return Results.Json(new { error = "invalid_grant", error_description = "PKCE verification failed" }, statusCode: 400);

        var accessToken = $"fake-{dialect}-access-{Guid.NewGuid():N}";
        _accessTokens[accessToken] = issued.User;
        _issuedAccessTokens.Enqueue(accessToken);
        return dialect == "google"
            ? Results.Json(new
            {
                access_token = accessToken,
                token_type = "Bearer",
                expires_in = 3599,
                scope = "openid email profile",
                refresh_token = $"fake-google-refresh-{Guid.NewGuid():N}",
                id_token = IdToken(issued),
            })
            : Results.Json(new { access_token = accessToken, token_type = "bearer", scope = "read:user,user:email" });
    }

    private string IdToken(IssuedCode issued)
    {
        var now = Clock().UtcDateTime;
        var issuedAt = Behaviour.IdTokenExpiredAgo is { } ago ? now - ago - TimeSpan.FromHours(1) : now;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = issued.User.Id,
            ["name"] = issued.User.Name,
            ["nonce"] = Behaviour.IdTokenNonce ?? issued.Nonce,
            ["azp"] = ClientId,
        };
        if (!Behaviour.IdTokenWithoutEmail)
        {
            claims["email"] = issued.User.Email;
            claims["email_verified"] = issued.User.EmailVerified;
        }

        var key = Behaviour.SignWithUnpublishedKey ? _unpublishedKey : _publishedKey;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Behaviour.IdTokenIssuer ?? GoogleIssuer,
            Audience = Behaviour.IdTokenAudience ?? ClientId,
            Claims = claims,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + TimeSpan.FromHours(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    private object Jwks()
    {
        var parameters = _publishedKey.ExportParameters(includePrivateParameters: false);
        return new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA", use = "sig", alg = "RS256", kid = KeyId,
                    n = Base64Url.EncodeToString(parameters.Modulus), e = Base64Url.EncodeToString(parameters.Exponent),
                },
            },
        };
    }

    private IResult WithUser(HttpContext context, HttpStatusCode? forced, Func<FakeUser, IResult> answer)
    {
        if (forced is { } status) return Results.Json(new { message = "forced failure" }, statusCode: (int)status);
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && _accessTokens.TryGetValue(header["Bearer ".Length..], out var user)
            ? answer(user)
            : Results.Json(new { message = "Bad credentials" }, statusCode: (int)HttpStatusCode.Unauthorized);
    }

    private sealed record IssuedCode(string Dialect, string RedirectUri, string CodeChallenge, string Nonce, FakeUser User);
}
