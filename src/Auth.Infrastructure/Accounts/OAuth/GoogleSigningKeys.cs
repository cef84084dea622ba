using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>
/// Google's signing keys from <c>JwksUri</c>, cached for the response's <c>max-age</c> (1 h when it gives none,
/// kept between 1 min and 24 h). A token with an unknown <c>kid</c> refetches at once (keys rotate), but at most once
/// per <see cref="MinRefetchInterval"/>, so junk tokens cannot make us hammer the provider. When a refetch fails,
/// keys that have not expired keep working.
/// </summary>
internal sealed partial class GoogleSigningKeys(
    IHttpClientFactory httpClients, IOptions<OAuthOptions> options, TimeProvider clock, ILogger<GoogleSigningKeys> logger) : IDisposable
{
    public const string HttpClientName = "oauth-google-jwks";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan MinRefetchInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile CachedKeys? _cached;

    public async Task<Result<IReadOnlyList<SecurityKey>>> GetKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (Usable(_cached, keyId, clock.GetUtcNow()) is { } keys) return Result<IReadOnlyList<SecurityKey>>.From(keys);

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = clock.GetUtcNow();
            if (Usable(_cached, keyId, now) is { } cached) return Result<IReadOnlyList<SecurityKey>>.From(cached);

            var fetched = await FetchAsync(now, cancellationToken).ConfigureAwait(false);
            if (fetched is not null) _cached = fetched;
            else if (_cached is { } previous && now < previous.ExpiresAt) return Result<IReadOnlyList<SecurityKey>>.From(previous.Keys);
            else return AccountErrors.ProviderUnavailable;
            return Result<IReadOnlyList<SecurityKey>>.From(fetched.Keys);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>The cached keys when they can answer: not expired, and either holding the kid or fetched too recently to try again.</summary>
    private static IReadOnlyList<SecurityKey>? Usable(CachedKeys? cached, string? keyId, DateTimeOffset now) =>
        cached is not null && now < cached.ExpiresAt
        && (keyId is null || cached.Keys.Any(k => k.KeyId == keyId) || now - cached.FetchedAt < MinRefetchInterval)
            ? cached.Keys
            : null;

    private async Task<CachedKeys?> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, options.Value.Google.JwksUri);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, $"status {(int)response.StatusCode}");
                return null;
            }

            var json = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var keys = new JsonWebKeySet(json).GetSigningKeys().ToList();
            var maxAge = response.Headers.CacheControl?.MaxAge ?? DefaultLifetime;
            var lifetime = TimeSpan.FromTicks(Math.Clamp(maxAge.Ticks, TimeSpan.FromMinutes(1).Ticks, TimeSpan.FromHours(24).Ticks));
            return new CachedKeys(keys, now, now + lifetime);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, "timed out");
            return null;
        }
        catch (HttpRequestException exception)
        {
            LogFailed(logger, exception.HttpRequestError.ToString());
            return null;
        }
        catch (ArgumentException)
        {
            LogFailed(logger, "not a JSON Web Key Set");
            return null;
        }
    }

    private sealed record CachedKeys(IReadOnlyList<SecurityKey> Keys, DateTimeOffset FetchedAt, DateTimeOffset ExpiresAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fetch Google's signing keys (JwksUri): {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
