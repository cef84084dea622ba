using Auth.Application.Abstractions.Security;
using Auth.Benchmarks.Hosting;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Benchmarks.Passwords;

/// <summary>
/// Argon2id hash and verify at the configured (default, OWASP) parameters: m=19456 KiB, t=2, p=1. The libsodium
/// hasher is the one the service resolves; the managed Isopoh hasher is its fallback, built from the same options.
/// </summary>
[MemoryDiagnoser]
public class PasswordHashingBenchmarks
{
    private const string IsopohHasherType = "Auth.Infrastructure.Security.Passwords.IsopohArgon2PasswordHasher, Auth.Infrastructure";

    private BenchHost _host = null!;
    private IPasswordHasher _sodium = null!;
    private IPasswordHasher _isopoh = null!;
    private string _stored = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _host = await BenchHost.StartAsync();
        _sodium = _host.Services.GetRequiredService<IPasswordHasher>();
        if (!_sodium.GetType().Name.StartsWith("Sodium", StringComparison.Ordinal))
            throw new InvalidOperationException($"libsodium did not load here: the service uses {_sodium.GetType().Name}.");

        // The fallback is internal to Infrastructure; built by name with the service's own options.
        var isopohType = Type.GetType(IsopohHasherType, throwOnError: true)!;
        _isopoh = (IPasswordHasher)ActivatorUtilities.CreateInstance(_host.Services, isopohType);
        _stored = await _sodium.HashAsync(BenchHost.Password, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        (_isopoh as IDisposable)?.Dispose();
        await _host.DisposeAsync();
    }

    [Benchmark(Description = "Argon2id hash, libsodium (NSec)")]
    public ValueTask<string> HashSodium() => _sodium.HashAsync(BenchHost.Password, CancellationToken.None);

    [Benchmark(Description = "Argon2id verify, libsodium (NSec)")]
    public ValueTask<PasswordVerification> VerifySodium() => _sodium.VerifyAsync(BenchHost.Password, _stored, CancellationToken.None);

    [Benchmark(Description = "Argon2id hash, managed (Isopoh)")]
    public ValueTask<string> HashIsopoh() => _isopoh.HashAsync(BenchHost.Password, CancellationToken.None);

    [Benchmark(Description = "Argon2id verify, managed (Isopoh)")]
    public ValueTask<PasswordVerification> VerifyIsopoh() => _isopoh.VerifyAsync(BenchHost.Password, _stored, CancellationToken.None);
}
