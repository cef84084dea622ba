using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Security;
using Auth.Benchmarks.Hosting;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Benchmarks.OneTimePasswords;

/// <summary>
/// One-time codes: the HMAC-SHA256 the service stores, and a verification as the use cases run it (hash the
/// presented code, then the aggregate's constant-time check on a fresh code).
/// </summary>
[MemoryDiagnoser]
public class OtpBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private BenchHost _host = null!;
    private IOtpCodeHasher _hasher = null!;
    private EmailAddress _email = null!;
    private string _storedHash = null!;
    private OtpPolicy _policy = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _host = await BenchHost.StartAsync();
        _hasher = _host.Services.GetRequiredService<IOtpCodeHasher>();
        _policy = _host.Services.GetRequiredService<AuthSettings>().Otp;
        _email = EmailAddress.Create("ada@example.com").Value;
        _storedHash = _hasher.Hash(_email, OtpType.SignIn, "123456");
    }

    [GlobalCleanup]
    public async Task CleanUp() => await _host.DisposeAsync();

    [Benchmark(Description = "OTP hash (HMAC-SHA256)")]
    public string Hash() => _hasher.Hash(_email, OtpType.SignIn, "123456");

    [Benchmark(Description = "OTP verify (hash + constant-time check)")]
    public Result Verify()
    {
        var otp = Otp.Issue(_email, OtpType.SignIn, _storedHash, previous: null, _policy, Now).Value;
        return otp.Verify(_hasher.Hash(_email, OtpType.SignIn, "123456"), Now);
    }
}
