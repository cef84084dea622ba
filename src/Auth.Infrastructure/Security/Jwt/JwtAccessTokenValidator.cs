using Auth.Application.Abstractions.Security;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Infrastructure.Security.Jwt;

/// <summary>
/// Accepts only ES256 tokens signed by a key of the ring, for this issuer and audience, within their lifetime
/// (30 s of clock skew). Every refusal is a null result, never an exception. Tokens that passed are remembered
/// for a short while (<see cref="ValidatedTokenCache"/>): a hit skips the signature check but still needs the token's
/// key in the ring and the clock within the token's lifetime; refusals are never remembered.
/// </summary>
internal sealed class JwtAccessTokenValidator : IAccessTokenValidator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private readonly JwtKeyRing _keys;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters _parameters;

    public JwtAccessTokenValidator(JwtKeyRing keys, IOptions<JwtOptions> options, TimeProvider time)
    {
        _keys = keys;
        _time = time;
        Cache = new ValidatedTokenCache(options.Value.ValidationCacheSize);
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = options.Value.Issuer,
            ValidAudience = options.Value.Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAlgorithms = [Es256Keys.Algorithm],
            ClockSkew = ClockSkew,
            LifetimeValidator = (notBefore, expires, _, parameters) => IsWithinLifetime(notBefore, expires, parameters.ClockSkew, time),
            TryAllIssuerSigningKeys = false,
            IssuerSigningKeyResolver = (_, _, kid, _) => keys.Find(kid) is { } key ? [key.Key] : [],
        };
    }

    internal ValidatedTokenCache Cache { get; }

    public ValueTask<AccessTokenSubject?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token)) return ValueTask.FromResult<AccessTokenSubject?>(null);
        if (Cache.TryGet(token, _time.GetUtcNow(), out var subject, out var keyId) && _keys.Find(keyId) is not null)
            return ValueTask.FromResult<AccessTokenSubject?>(subject);
        return ValidateFullyAsync(token, cancellationToken);
    }

    private async ValueTask<AccessTokenSubject?> ValidateFullyAsync(string token, CancellationToken cancellationToken)
    {
        if (!_handler.CanReadToken(token)) return null;

        try
        {
            // Resolve the key first: an unknown kid may be a key another instance just generated. The token is
            // parsed once and validated as parsed.
            var parsed = _handler.ReadJsonWebToken(token);
            if (await _keys.FindAsync(parsed.Kid, cancellationToken).ConfigureAwait(false) is null) return null;

            var result = await _handler.ValidateTokenAsync(parsed, _parameters).ConfigureAwait(false);
            var subject = result.IsValid && result.SecurityToken is JsonWebToken jwt ? ReadSubject(jwt) : null;
            if (subject is not null) Cache.Add(token, subject, parsed.Kid, new DateTimeOffset(parsed.ValidTo, TimeSpan.Zero) + ClockSkew, _time.GetUtcNow());
            return subject;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    // Replaces the default check so that the injected clock, not DateTime.UtcNow, decides.
    private static bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null || expires.Value + skew <= now) return false;
        return notBefore is null || notBefore.Value - skew <= now;
    }

    private static AccessTokenSubject? ReadSubject(JsonWebToken jwt)
    {
        if (!jwt.TryGetPayloadValue<string>(AccessTokenClaimNames.Subject, out var sub) || !Guid.TryParse(sub, out var userId)
            || !jwt.TryGetPayloadValue<string>(AccessTokenClaimNames.SessionId, out var sid) || !Guid.TryParse(sid, out var sessionId)
            || !jwt.TryGetPayloadValue<string>(AccessTokenClaimNames.Email, out var email) || string.IsNullOrEmpty(email)
            || !jwt.TryGetPayloadValue<string>(AccessTokenClaimNames.Role, out var roleName) || !WireNames.TryParseRole(roleName, out var role)
            || !jwt.TryGetPayloadValue<bool>(AccessTokenClaimNames.EmailVerified, out var emailVerified))
            return null;

        return new AccessTokenSubject(new UserId(userId), new SessionId(sessionId), email, role, emailVerified);
    }
}
