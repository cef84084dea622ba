using System.Security.Cryptography;
using System.Text;
using Auth.Application.Abstractions.Security;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Security.Passwords;

/// <summary>
/// What every Argon2id hasher shares: PHC strings, a bound on concurrent hashes, rehash detection, a dummy hash
/// for unknown accounts and constant-time comparison. Subclasses only compute the raw Argon2id output.
/// </summary>
internal abstract class Argon2PasswordHasher : IPasswordHasher, IDisposable
{
    /// <summary>Validators refuse long passwords first; this only stops a caller that skipped them.</summary>
    public const int MaxPasswordBytes = 1024;

    public const int SaltBytes = 16;
    public const int HashBytes = 32;

    private readonly Argon2Cost _cost;
    private readonly SemaphoreSlim _gate;

    // Verifying against it costs what verifying a real hash at the configured parameters costs; no password
    // matches its random output, and the result is Failed regardless.
    private readonly Argon2idPhcHash _dummy;

    protected Argon2PasswordHasher(IOptions<PasswordHashingOptions> options)
    {
        var value = options.Value;
        if (!value.IsValid) throw new ArgumentException("The Argon2 parameters in Auth:PasswordHashing are out of range.", nameof(options));

        _cost = value.Cost;
        _gate = new SemaphoreSlim(value.MaxConcurrency, value.MaxConcurrency);
        _dummy = new Argon2idPhcHash(_cost, RandomNumberGenerator.GetBytes(SaltBytes), RandomNumberGenerator.GetBytes(HashBytes));
    }

    public async ValueTask<string> HashAsync(string password, CancellationToken cancellationToken)
    {
        EnsureAcceptable(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = await DeriveBoundedAsync(password, salt, _cost, HashBytes, cancellationToken).ConfigureAwait(false);
        return new Argon2idPhcHash(_cost, salt, hash).Encode();
    }

    public async ValueTask<PasswordVerification> VerifyAsync(string password, string? passwordHash, CancellationToken cancellationToken)
    {
        EnsureAcceptable(password);
        var isKnown = Argon2idPhcHash.TryParse(passwordHash, out var stored);
        var expected = stored ?? _dummy;

        var actual = await DeriveBoundedAsync(password, expected.Salt, expected.Cost, expected.Hash.Length, cancellationToken)
            .ConfigureAwait(false);
        var matches = CryptographicOperations.FixedTimeEquals(actual, expected.Hash);

        if (!isKnown || !matches) return PasswordVerification.Failed;
        return IsCurrent(expected) ? PasswordVerification.Succeeded : PasswordVerification.SucceededRehashNeeded;
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _gate.Dispose();
    }

    /// <summary>Computes raw Argon2id (version 19) of <paramref name="password"/> into <paramref name="output"/>.</summary>
    protected abstract void Derive(byte[] password, byte[] salt, Argon2Cost cost, byte[] output);

    private bool IsCurrent(Argon2idPhcHash hash) =>
        hash.Cost == _cost && hash.Salt.Length == SaltBytes && hash.Hash.Length == HashBytes;

    private async ValueTask<byte[]> DeriveBoundedAsync(
        string password, byte[] salt, Argon2Cost cost, int length, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var passwordBytes = Encoding.UTF8.GetBytes(password);
        try
        {
            var output = new byte[length];
            Derive(passwordBytes, salt, cost, output);
            return output;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(passwordBytes);
            _gate.Release();
        }
    }

    private static void EnsureAcceptable(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length > MaxPasswordBytes || Encoding.UTF8.GetByteCount(password) > MaxPasswordBytes)
            throw new ArgumentException($"The password is longer than {MaxPasswordBytes} bytes.", nameof(password));
    }
}
