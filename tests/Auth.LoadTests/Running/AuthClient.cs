using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Auth.LoadTests.Running;

/// <summary>
/// The calls the scenarios make, over one shared connection pool. No proxy and no redirects, so requests
/// go to the checked loopback address and nowhere else.
/// </summary>
internal sealed class AuthClient : IDisposable
{
    public const string MePath = "/api/v1/users/me";

    private readonly HttpClient _http;

    public AuthClient(Uri baseUrl, int maxConnections)
    {
        LoopbackGuard.EnsureLoopback(baseUrl);
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            MaxConnectionsPerServer = maxConnections,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        _http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Auth.LoadTests/1.0");
    }

    public async Task<CallOutcome> SignUpAsync(string name, string email, string password, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("/api/v1/auth/sign-up", new { name, email, password }, ct).ConfigureAwait(false);
        return await DrainAsync(response, HttpStatusCode.Created, ct).ConfigureAwait(false);
    }

    public async Task<CallOutcome> VerifyEmailAsync(string email, string code, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("/api/v1/auth/email/verify", new { email, code }, ct).ConfigureAwait(false);
        return await DrainAsync(response, HttpStatusCode.OK, ct).ConfigureAwait(false);
    }

    public async Task<CallOutcome> SignInAsync(string email, string password, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("/api/v1/auth/sign-in", new { email, password }, ct).ConfigureAwait(false);
        return await ReadTokensAsync(response, ct).ConfigureAwait(false);
    }

    /// <summary>A sign-in in session mode: the outcome's access token is the opaque session token.</summary>
    public async Task<CallOutcome> SignInForSessionAsync(string email, string password, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("/api/v1/auth/sign-in", new { email, password, mode = "session" }, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK) return new CallOutcome(false, (int)response.StatusCode, null, null);
        using var json = JsonDocument.Parse(body);
        var token = json.RootElement.TryGetProperty("sessionToken", out var t) ? t.GetString() : null;
        return new CallOutcome(token is not null, (int)response.StatusCode, token, null);
    }

    public async Task<CallOutcome> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }, ct).ConfigureAwait(false);
        return await ReadTokensAsync(response, ct).ConfigureAwait(false);
    }

    public async Task<CallOutcome> GetMeAsync(string accessToken, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, MePath);
        request.Headers.Authorization = new("Bearer", accessToken);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        return await DrainAsync(response, HttpStatusCode.OK, ct).ConfigureAwait(false);
    }

    public async Task<bool> IsReadyAsync(CancellationToken ct)
    {
        try
        {
            using var response = await _http.GetAsync("/health/ready", ct).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose() => _http.Dispose();

    private static async Task<CallOutcome> DrainAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken ct)
    {
        await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        return new CallOutcome(response.StatusCode == expected, (int)response.StatusCode, null, null);
    }

    private static async Task<CallOutcome> ReadTokensAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK) return new CallOutcome(false, (int)response.StatusCode, null, null);

        using var json = JsonDocument.Parse(body);
        var access = json.RootElement.TryGetProperty("accessToken", out var a) ? a.GetString() : null;
        var refresh = json.RootElement.TryGetProperty("refreshToken", out var r) ? r.GetString() : null;
        return access is null || refresh is null
            ? new CallOutcome(false, (int)response.StatusCode, null, null)
            : new CallOutcome(true, (int)response.StatusCode, access, refresh);
    }
}
