using Auth.Application.Abstractions.Security;

namespace Auth.Infrastructure.Security.Jwt;

/// <summary>The public halves of every key that may verify a token now (only the configured one when set), for <c>/.well-known/jwks.json</c>.</summary>
internal sealed class JsonWebKeySetProvider(JwtKeyRing keys) : IJsonWebKeySetProvider
{
    public async ValueTask<IReadOnlyList<PublicJsonWebKey>> GetPublicKeysAsync(CancellationToken cancellationToken)
    {
        var published = await keys.GetPublishedKeysAsync(cancellationToken).ConfigureAwait(false);
        return published.Select(Es256Keys.ToPublicJwk).ToList();
    }
}
