using System.Security.Cryptography;
using Auth.Application.Abstractions.Security;
using Auth.Benchmarks.Hosting;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Benchmarks.Jwt;

/// <summary>
/// Access tokens. "Auth" rows go through the service's own issuer and validator (ES256, key ring, claim checks).
/// "Raw" rows sign and validate the same claims with JsonWebTokenHandler alone, once with an ES256 (P-256) key
/// and once with an RS256 (2048-bit) key, to compare the two algorithms on equal terms. The service remembers
/// tokens it validated (Auth:Jwt:ValidationCacheSize): the cold validation row runs with that cache off, so every
/// call verifies the signature; the cache-hit row presents, through a second instance with the cache on, a token
/// it has seen before.
/// </summary>
[MemoryDiagnoser]
public class JwtBenchmarks
{
    private const string Issuer = "auth";
    private const string Audience = "auth-api";

    private static readonly DateTimeOffset IssuedAt = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private BenchHost _host = null!;
    private BenchHost _cachingHost = null!;
    private IAccessTokenValidator _cachingValidator = null!;
    private string _cachedToken = null!;
    private IAccessTokenIssuer _issuer = null!;
    private IAccessTokenValidator _validator = null!;
    private User _user = null!;
    private SessionId _sessionId;
    private string _authToken = null!;

    private ECDsa _ecdsa = null!;
    private RSA _rsa = null!;
    private SecurityKey _es256Key = null!;
    private SecurityKey _rs256Key = null!;
    private TokenValidationParameters _es256Parameters = null!;
    private TokenValidationParameters _rs256Parameters = null!;
    private string _es256Token = null!;
    private string _rs256Token = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _host = await BenchHost.StartAsync(new Dictionary<string, string?> { ["Auth:Jwt:ValidationCacheSize"] = "0" });
        _issuer = _host.Services.GetRequiredService<IAccessTokenIssuer>();
        _validator = _host.Services.GetRequiredService<IAccessTokenValidator>();
        _user = User.RegisterLocal(PersonName.FromTrusted("Ada Lovelace"), EmailAddress.FromTrusted("ada@example.com"), "$argon2id$stub", IssuedAt);
        _user.VerifyEmail(IssuedAt);
        _sessionId = SessionId.New(IssuedAt);
        _authToken = (await _issuer.IssueAsync(_user, _sessionId, DateTimeOffset.UtcNow, CancellationToken.None)).Token;
        if (await _validator.ValidateAsync(_authToken, CancellationToken.None) is null)
            throw new InvalidOperationException("The service refused its own token.");

        _cachingHost = await BenchHost.StartAsync();
        _cachingValidator = _cachingHost.Services.GetRequiredService<IAccessTokenValidator>();
        _cachedToken = (await _cachingHost.Services.GetRequiredService<IAccessTokenIssuer>()
            .IssueAsync(_user, _sessionId, DateTimeOffset.UtcNow, CancellationToken.None)).Token;
        if (await _cachingValidator.ValidateAsync(_cachedToken, CancellationToken.None) is null)
            throw new InvalidOperationException("The caching instance refused its own token.");

        _ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _rsa = RSA.Create(2048);
        _es256Key = new ECDsaSecurityKey(_ecdsa) { KeyId = "es256" };
        _rs256Key = new RsaSecurityKey(_rsa) { KeyId = "rs256" };
        _es256Parameters = Parameters(_es256Key, SecurityAlgorithms.EcdsaSha256);
        _rs256Parameters = Parameters(_rs256Key, SecurityAlgorithms.RsaSha256);
        _es256Token = RawIssue(_es256Key, SecurityAlgorithms.EcdsaSha256);
        _rs256Token = RawIssue(_rs256Key, SecurityAlgorithms.RsaSha256);
        if (!(await _handler.ValidateTokenAsync(_rs256Token, _rs256Parameters)).IsValid
            || !(await _handler.ValidateTokenAsync(_es256Token, _es256Parameters)).IsValid)
            throw new InvalidOperationException("A raw token does not validate.");
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        _ecdsa.Dispose();
        _rsa.Dispose();
        await _host.DisposeAsync();
        await _cachingHost.DisposeAsync();
    }

    [Benchmark(Description = "Auth: issue ES256 (IAccessTokenIssuer)")]
    public async Task<string> AuthIssue() =>
        (await _issuer.IssueAsync(_user, _sessionId, DateTimeOffset.UtcNow, CancellationToken.None)).Token;

    [Benchmark(Description = "Auth: validate ES256 (IAccessTokenValidator)")]
    public ValueTask<AccessTokenSubject?> AuthValidate() => _validator.ValidateAsync(_authToken, CancellationToken.None);

    [Benchmark(Description = "Auth: validate ES256, token seen before (cache hit)")]
    public ValueTask<AccessTokenSubject?> AuthValidateCacheHit() => _cachingValidator.ValidateAsync(_cachedToken, CancellationToken.None);

    [Benchmark(Description = "Raw: parse a token (ReadJsonWebToken)")]
    public string RawParse() => _handler.ReadJsonWebToken(_authToken).Kid;

    [Benchmark(Description = "Raw: issue ES256")]
    public string RawIssueEs256() => RawIssue(_es256Key, SecurityAlgorithms.EcdsaSha256);

    [Benchmark(Description = "Raw: issue RS256")]
    public string RawIssueRs256() => RawIssue(_rs256Key, SecurityAlgorithms.RsaSha256);

    [Benchmark(Description = "Raw: validate ES256")]
    public async Task<bool> RawValidateEs256() => (await _handler.ValidateTokenAsync(_es256Token, _es256Parameters)).IsValid;

    [Benchmark(Description = "Raw: validate RS256")]
    public async Task<bool> RawValidateRs256() => (await _handler.ValidateTokenAsync(_rs256Token, _rs256Parameters)).IsValid;

    private string RawIssue(SecurityKey key, string algorithm) =>
        _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = IssuedAt.UtcDateTime,
            NotBefore = IssuedAt.UtcDateTime,
            Expires = IssuedAt.UtcDateTime.AddMinutes(15),
            SigningCredentials = new SigningCredentials(key, algorithm),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = _user.Id.Value.ToString(),
                ["sid"] = _sessionId.Value.ToString(),
                ["email"] = _user.Email.Value,
                ["role"] = "user",
                ["email_verified"] = true,
                ["jti"] = Guid.NewGuid().ToString(),
            },
        });

    private static TokenValidationParameters Parameters(SecurityKey key, string algorithm) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidAlgorithms = [algorithm],
        ClockSkew = TimeSpan.FromSeconds(30),
        IssuerSigningKey = key,
    };
}
