using System.Security.Cryptography;
using Auth.Infrastructure.Security.Keys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Security.Otp;

/// <summary>
/// Holds the HMAC key for one-time codes. <see cref="InitializeAsync"/> runs once at start-up (from
/// <see cref="SecurityKeysInitializer"/>) because hashing a code is synchronous and must not wait on the database.
/// </summary>
internal sealed partial class OtpHashKeyProvider(
    IOptions<OtpHashingOptions> options, IKeyMaterialStore store, ILogger<OtpHashKeyProvider> logger)
{
    public const string SecretName = "otp-hash-key";

    private readonly SemaphoreSlim _initializing = new(1, 1);
    private volatile byte[]? _key;

    public byte[] Key => _key ?? throw new InvalidOperationException(
        "The OTP hash key is not loaded yet: OtpHashKeyProvider.InitializeAsync must run at start-up.");

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

    private async Task<byte[]> LoadAsync(CancellationToken cancellationToken)
    {
        if (options.Value.HashKey is { } configured)
            return Decode(configured) ?? throw new InvalidOperationException(
                $"{OtpHashingOptions.SectionName}:HashKey must be base64 of at least {OtpHashingOptions.MinKeyBytes} bytes.");

        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(OtpHashingOptions.MinKeyBytes));
        var stored = await store.GetOrAddSecretAsync(SecretName, generated, cancellationToken).ConfigureAwait(false);
        if (stored == generated) LogGenerated(logger, OtpHashingOptions.SectionName);

        return Decode(stored) ?? throw new InvalidOperationException(
            $"The stored secret '{SecretName}' is not base64 of at least {OtpHashingOptions.MinKeyBytes} bytes.");
    }

    private static byte[]? Decode(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written >= OtpHashingOptions.MinKeyBytes
            ? buffer[..written]
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No OTP hash key was configured ({Section}:HashKey): a random key was generated and stored in the database")]
    private static partial void LogGenerated(ILogger logger, string section);
}
