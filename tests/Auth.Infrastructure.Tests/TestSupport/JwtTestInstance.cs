using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Security.Jwt;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Auth.Infrastructure.Tests.TestSupport;

/// <summary>One server's JWT services: a key ring over a (possibly shared) store, an issuer, a validator and the JWKS.</summary>
internal sealed class JwtTestInstance : IDisposable
{
    public JwtTestInstance(InMemoryKeyMaterialStore store, FakeTimeProvider time, Action<JwtOptions>? configure = null)
    {
        var options = new JwtOptions();
        configure?.Invoke(options);
        var wrapped = Options.Create(options);
        var settings = new AuthSettings();

        Time = time;
        Ring = new JwtKeyRing(store, time, wrapped, settings, NullLogger<JwtKeyRing>.Instance);
        Issuer = new JwtAccessTokenIssuer(Ring, wrapped, settings);
        Validator = new JwtAccessTokenValidator(Ring, wrapped, time);
        Jwks = new JsonWebKeySetProvider(Ring);
    }

    public FakeTimeProvider Time { get; }

    public JwtKeyRing Ring { get; }

    public IAccessTokenIssuer Issuer { get; }

    public IAccessTokenValidator Validator { get; }

    public IJsonWebKeySetProvider Jwks { get; }

    public async Task<string> IssueAsync(User? user = null, SessionId? sessionId = null)
    {
        var now = Time.GetUtcNow();
        var issued = await Issuer.IssueAsync(user ?? UserBuilder.Verified().Build(TestTime.Epoch), sessionId ?? SessionId.New(now), now, CancellationToken.None);
        return issued.Token;
    }

    public Task<AccessTokenSubject?> ValidateAsync(string token) => Validator.ValidateAsync(token, CancellationToken.None).AsTask();

    public async Task<IReadOnlyList<string>> PublishedKeyIdsAsync() =>
        (await Jwks.GetPublicKeysAsync(CancellationToken.None)).Select(k => k.Kid).ToList();

    public void Dispose() => Ring.Dispose();
}
