using Auth.Application.Abstractions;
using Auth.Infrastructure.Security.Keys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Security.Jwt;

/// <summary>
/// The signing keys of this service, cached in memory and backed by <see cref="IKeyMaterialStore"/> so every
/// instance signs with the same key. Generates a key when none can sign, unless one is configured; a configured key
/// is then the only key trusted. A generated key signs for <c>KeyLifetimeDays</c> and verifies until its
/// <see cref="SigningKey.ExpiresAt"/>: after that it is refused, left out of the JWKS and deleted from the store at
/// the next reload (which every sign, JWKS or unknown-kid call past that instant starts).
/// </summary>
internal sealed partial class JwtKeyRing : IDisposable
{
    /// <summary>
    /// How long a key keeps verifying (and stays published) after the last token it signed has expired. It covers this
    /// service's 30 s clock skew and the 5 minutes resource servers on JwtBearer allow by default.
    /// </summary>
    public static readonly TimeSpan PublicationMargin = TimeSpan.FromMinutes(5);

    private const string SealedNote = "encrypted with Auth:Jwt:SigningKeyEncryptionKey";
    private const string PlainNote = "unencrypted, as Auth:Jwt:SigningKeyEncryptionKey is not set";

    private readonly IKeyMaterialStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<JwtKeyRing> _logger;
    private readonly TimeSpan _keyLifetime;

    /// <summary>At most one store read per interval (signing, unknown key ids, the JWKS), so junk kids cannot hammer the database.</summary>
    private readonly TimeSpan _reloadInterval;
    private readonly TimeSpan _accessTokenLifetime;
    private readonly SigningKey? _configured;
    private readonly SigningKeyProtector _protector;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile SigningKeySet _keys = SigningKeySet.Empty;

    public JwtKeyRing(
        IKeyMaterialStore store, TimeProvider time, IOptions<JwtOptions> options, AuthSettings settings, ILogger<JwtKeyRing> logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
        _keyLifetime = options.Value.KeyLifetime;
        _reloadInterval = options.Value.KeyReloadInterval;
        _accessTokenLifetime = settings.AccessTokenLifetime;
        _configured = options.Value.SigningKeyPem is { Length: > 0 } pem ? Es256Keys.FromPem(pem) : null;
        _protector = options.Value.CreateProtector();
    }

    /// <summary>The key to sign with at <paramref name="now"/>; generated and stored when none can sign.</summary>
    public async ValueTask<SigningKey> GetSigningKeyAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now >= _keys.NextExpiry) await ReloadWhenAsync(() => now >= _keys.NextExpiry, cancellationToken).ConfigureAwait(false);
        if (_configured is not null) return _configured;

        // Follow what other instances (or an operator) did to the keys: a signer retired in the store, or a newer one.
        if (IsStale()) await ReloadWhenAsync(IsStale, cancellationToken).ConfigureAwait(false);
        if (_keys.SignerAt(now) is { } cached) return cached;

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_keys.SignerAt(now) is { } signer) return signer;

            // Another instance may have rotated already: look in the store before generating.
            await ReloadAsync(cancellationToken).ConfigureAwait(false);
            if (_keys.SignerAt(now) is { } stored) return stored;

            var retiresAt = now + _keyLifetime;
            var (record, generated) = Es256Keys.Generate(now, retiresAt, retiresAt + _accessTokenLifetime + PublicationMargin, _protector);
            await _store.AddSigningKeyAsync(record, cancellationToken).ConfigureAwait(false);
            LogGenerated(_logger, generated.KeyId, retiresAt, _protector.IsEnabled ? SealedNote : PlainNote);

            await ReloadAsync(cancellationToken).ConfigureAwait(false);
            return _keys.SignerAt(now) ?? generated;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Reads the store at start-up (deleting expired keys, sealing plain ones) and makes sure a key can sign.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_configured is null) await GetSigningKeyAsync(_time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        else await ReloadWhenAsync(() => true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The cached key with this id if it may verify now, without touching the store; for synchronous key resolvers.</summary>
    public SigningKey? Find(string? keyId)
    {
        if (string.IsNullOrEmpty(keyId)) return null;
        if (_configured is not null) return _configured.KeyId == keyId ? _configured : null;
        return _keys.VerifierAt(keyId, _time.GetUtcNow());
    }

    /// <summary>The key with this id, reading the store when it is unknown and the last read is old enough.</summary>
    public async ValueTask<SigningKey?> FindAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(keyId)) return null;
        if (Find(keyId) is { } cached) return cached;
        if (_configured is not null || !IsStale()) return null;

        await ReloadWhenAsync(() => _keys.VerifierAt(keyId, _time.GetUtcNow()) is null && IsStale(), cancellationToken).ConfigureAwait(false);
        return Find(keyId);
    }

    /// <summary>Every key that may verify a token now: the ones to publish in the JWKS.</summary>
    public async ValueTask<IReadOnlyList<SigningKey>> GetPublishedKeysAsync(CancellationToken cancellationToken)
    {
        if (IsStale() || _time.GetUtcNow() >= _keys.NextExpiry)
            await ReloadWhenAsync(() => IsStale() || _time.GetUtcNow() >= _keys.NextExpiry, cancellationToken).ConfigureAwait(false);

        return _configured is null ? _keys.VerifiersAt(_time.GetUtcNow()) : [_configured];
    }

    public void Dispose() => _lock.Dispose();

    private bool IsStale() => _time.GetUtcNow() - _keys.LoadedAt >= _reloadInterval;

    private async Task ReloadWhenAsync(Func<bool> stillNeeded, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (stillNeeded()) await ReloadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    // Stored keys are loaded with a configured key too, though never trusted then, so that they are still deleted
    // when they expire.
    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var deleted = await _store.DeleteExpiredSigningKeysAsync(now, cancellationToken).ConfigureAwait(false);
        if (deleted > 0) LogDeleted(_logger, deleted);

        var stored = await _store.ListSigningKeysAsync(cancellationToken).ConfigureAwait(false);
        var previous = _keys;
        var keys = new List<SigningKey>(stored.Count);
        foreach (var record in stored.Where(r => r.ExpiresAt > now))
        {
            // A key parsed before is reused, with the schedule the store has now (an operator may have retired it).
            if (previous.Find(record.KeyId) is { } known) keys.Add(known with { RetiresAt = record.RetiresAt, ExpiresAt = record.ExpiresAt });
            else if (Es256Keys.TryLoad(record, _protector, out var loaded)) keys.Add(loaded);
            else
            {
                LogUnusable(_logger, record.KeyId, record.Algorithm);
                continue;
            }

            await SealIfPlainAsync(record, cancellationToken).ConfigureAwait(false);
        }

        _keys = new SigningKeySet(keys, now);
    }

    private async Task SealIfPlainAsync(StoredSigningKey record, CancellationToken cancellationToken)
    {
        if (_protector.SealPlain(record.KeyId, record.PrivateKey) is not { } sealedKey) return;
        if (await _store.ReplacePrivateKeyAsync(record.KeyId, record.PrivateKey, sealedKey, cancellationToken).ConfigureAwait(false))
            LogSealed(_logger, record.KeyId);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No JWT signing key was configured (Auth:Jwt:SigningKeyPem): generated key {KeyId}, stored in the database {Storage}, signing until {RetiresAt:O}")]
    private static partial void LogGenerated(ILogger logger, string keyId, DateTimeOffset retiresAt, string storage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored signing key {KeyId} ({Algorithm}) cannot be loaded and is ignored")]
    private static partial void LogUnusable(ILogger logger, string keyId, string algorithm);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} expired signing key(s) from the database")]
    private static partial void LogDeleted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored signing key {KeyId} is now encrypted with Auth:Jwt:SigningKeyEncryptionKey")]
    private static partial void LogSealed(ILogger logger, string keyId);
}
