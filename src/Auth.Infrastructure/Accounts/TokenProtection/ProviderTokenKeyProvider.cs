using System.Security.Cryptography;
using Auth.Infrastructure.Accounts.OAuth;
using Auth.Infrastructure.Security.Keys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Accounts.TokenProtection;

/// <summary>
/// The AES-256 key for secrets at rest (provider tokens, authenticator secrets): <c>Auth:OAuth:TokenEncryptionKey</c>,
/// else generated once and stored through <see cref="IKeyMaterialStore"/> (like the OTP key), so every instance and
/// restart decrypts the same rows. <see cref="InitializeAsync"/> runs at start-up, because encrypting is synchronous.
/// </summary>
internal sealed partial class ProviderTokenKeyProvider(
    IOptions<OAuthOptions> options, IKeyMaterialStore store, ILogger<ProviderTokenKeyProvider> logger) : IDisposable
{
    public const string SecretName = "oauth-token-key";
    public const int KeyBytes = AesGcmEnvelope.KeyBytes;

    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile byte[]? _key;

    public byte[] Key => _key ?? throw new InvalidOperationException(
        "The provider-token key is not loaded yet: ProviderTokenKeyProvider.InitializeAsync must run at start-up.");

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_key is not null) return;
        await _initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _key ??= await LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _initializing.Release();
        }
    }

    public void Dispose() => _initializing.Dispose();

    private async Task<byte[]> LoadAsync(CancellationToken cancellationToken)
    {
        if (options.Value.TokenEncryptionKey is { Length: > 0 } configured)
            return AesGcmEnvelope.DecodeKey(configured) ?? throw new InvalidOperationException(
                $"{OAuthOptions.SectionName}:TokenEncryptionKey must be base64 of exactly {KeyBytes} bytes.");

        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
        var stored = await store.GetOrAddSecretAsync(SecretName, generated, cancellationToken).ConfigureAwait(false);
        if (stored == generated) LogGenerated(logger, OAuthOptions.SectionName);

        return AesGcmEnvelope.DecodeKey(stored) ?? throw new InvalidOperationException(
            $"The stored secret '{SecretName}' is not base64 of exactly {KeyBytes} bytes.");
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No key for secrets at rest (provider tokens, authenticator secrets) was configured ({Section}:TokenEncryptionKey): a random key was generated and stored in the database")]
    private static partial void LogGenerated(ILogger logger, string section);
}
