using Auth.Application.Abstractions;
using Auth.Infrastructure.Security.Keys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Security.Jwt;

/// <summary>
/// The signing keys of this service, cached in memory and backed by <see cref="IKeyMaterialStore"/> so every
/// instance signs with the same key. Generates a key when none can sign, unless one is configured.
/// </summary>
internal sealed partial class JwtKeyRing : IDisposable
{
    /// <summary>At most one store read per interval for unknown key ids and the JWKS, so junk kids cannot hammer the database.</summary>
    public static readonly TimeSpan ReloadInterval = TimeSpan.FromSeconds(30);

    /// <summary>Published this long after the last token a key signed has expired, for clocks that run a little behind.</summary>
    public static readonly TimeSpan PublicationMargin = TimeSpan.FromMinutes(5);

    private readonly IKeyMaterialStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<JwtKeyRing> _logger;
    private readonly TimeSpan _keyLifetime;
    private readonly TimeSpan _accessTokenLifetime;
    private readonly SigningKey? _configured;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile SigningKeySet _keys = SigningKeySet.Empty;

    public JwtKeyRing(
        IKeyMaterialStore store, TimeProvider time, IOptions<JwtOptions> options, AuthSettings settings, ILogger<JwtKeyRing> logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
        _keyLifetime = options.Value.KeyLifetime;
        _accessTokenLifetime = settings.AccessTokenLifetime;
        _configured = options.Value.SigningKeyPem is { Length: > 0 } pem ? Es256Keys.FromPem(pem) : null;
    }

    /// <summary>The key to sign with at <paramref name="now"/>; generated and stored when none can sign.</summary>
    public async ValueTask<SigningKey> GetSigningKeyAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_configured is not null) return _configured;
        if (_keys.SignerAt(now) is { } cached) return cached;

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_keys.SignerAt(now) is { } signer) return signer;

            // Another instance may have rotated already: look in the store before generating.
            await ReloadAsync(cancellationToken).ConfigureAwait(false);
            if (_keys.SignerAt(now) is { } stored) return stored;

            var retiresAt = now + _keyLifetime;
            var (record, generated) = Es256Keys.Generate(now, retiresAt, retiresAt + _accessTokenLifetime + PublicationMargin);
            await _store.AddSigningKeyAsync(record, cancellationToken).ConfigureAwait(false);
            LogGenerated(_logger, generated.KeyId, retiresAt);

            await ReloadAsync(cancellationToken).ConfigureAwait(false);
            return _keys.SignerAt(now) ?? generated;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The cached key with this id, without touching the store; for synchronous key resolvers.</summary>
    public SigningKey? Find(string? keyId)
    {
        if (string.IsNullOrEmpty(keyId)) return null;
        if (_configured is not null && _configured.KeyId == keyId) return _configured;
        return _keys.Find(keyId);
    }

    /// <summary>The key with this id, reading the store when it is unknown and the last read is old enough.</summary>
    public async ValueTask<SigningKey?> FindAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(keyId)) return null;
        if (Find(keyId) is { } cached) return cached;
        if (!IsStale()) return null;

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_keys.Find(keyId) is null && IsStale()) await ReloadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }

        return Find(keyId);
    }

    /// <summary>Every key whose tokens may still be in use: the ones to publish in the JWKS.</summary>
    public async ValueTask<IReadOnlyList<SigningKey>> GetPublishedKeysAsync(CancellationToken cancellationToken)
    {
        if (IsStale())
        {
            await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (IsStale()) await ReloadAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _lock.Release();
            }
        }

        var published = _keys.PublishedAt(_time.GetUtcNow());
        return _configured is null ? published : [_configured, .. published.Where(k => k.KeyId != _configured.KeyId)];
    }

    public void Dispose() => _lock.Dispose();

    private bool IsStale() => _time.GetUtcNow() - _keys.LoadedAt >= ReloadInterval;

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var stored = await _store.ListSigningKeysAsync(cancellationToken).ConfigureAwait(false);
        var previous = _keys;
        var keys = new List<SigningKey>(stored.Count);
        foreach (var record in stored)
        {
            if (previous.Find(record.KeyId) is { } known) keys.Add(known);
            else if (Es256Keys.TryLoad(record, out var loaded)) keys.Add(loaded);
            else LogUnusable(_logger, record.KeyId, record.Algorithm);
        }

        _keys = new SigningKeySet(keys, _time.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No JWT signing key was configured (Auth:Jwt:SigningKeyPem): generated key {KeyId}, stored in the database, signing until {RetiresAt:O}")]
    private static partial void LogGenerated(ILogger logger, string keyId, DateTimeOffset retiresAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored signing key {KeyId} ({Algorithm}) cannot be loaded and is ignored")]
    private static partial void LogUnusable(ILogger logger, string keyId, string algorithm);
}
