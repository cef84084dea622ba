using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Infrastructure.Security.Jwt;

/// <summary>Signs ES256 access tokens with the ring's current key; the key id goes in the <c>kid</c> header.</summary>
internal sealed class JwtAccessTokenIssuer(JwtKeyRing keys, IOptions<JwtOptions> options, AuthSettings settings)
    : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async ValueTask<IssuedAccessToken> IssueAsync(
        User user, SessionId sessionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await keys.GetSigningKeyAsync(now, cancellationToken).ConfigureAwait(false);

        // JWT times are whole seconds: report the expiry the token actually carries.
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        var expiresAt = issuedAt + settings.AccessTokenLifetime;

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(key.Key, Es256Keys.Algorithm),
            Claims = new Dictionary<string, object>
            {
                [AccessTokenClaimNames.Subject] = user.Id.Value.ToString(),
                [AccessTokenClaimNames.SessionId] = sessionId.Value.ToString(),
                [AccessTokenClaimNames.Email] = user.Email.Value,
                [AccessTokenClaimNames.Role] = user.Role.ToWireName(),
                [AccessTokenClaimNames.EmailVerified] = user.IsEmailVerified,
                [AccessTokenClaimNames.TokenId] = Guid.NewGuid().ToString(),
            },
        };

        return new IssuedAccessToken(_handler.CreateToken(descriptor), expiresAt);
    }
}
