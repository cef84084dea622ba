using System.Security.Cryptography;
using System.Text;
using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Auth.Infrastructure.Accounts.OAuth;

/// <summary>
/// Checks a Google ID token (OpenID Connect Core §3.1.3.7): an asymmetric signature by a key of the JWKS, the
/// configured issuer, our client id as audience, within its lifetime by the service clock (60 s skew), and the
/// nonce of this sign-in. Reads the identity from its claims. Every refusal is <c>invalid_id_token</c>.
/// </summary>
internal sealed partial class GoogleIdTokenValidator(
    GoogleSigningKeys keys, IOptions<OAuthOptions> options, TimeProvider clock, ILogger<GoogleIdTokenValidator> logger)
{
    /// <summary>Asymmetric only: never <c>none</c>, never HMAC (whose "key" would be public).</summary>
    private static readonly string[] Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384,
    ];

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(60);

    private readonly JsonWebTokenHandler _handler = new();

    public async Task<Result<ProviderIdentity>> ValidateAsync(string idToken, string expectedNonce, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(idToken) || !_handler.CanReadToken(idToken)) return Refuse("unreadable");

        string? keyId;
        try
        {
            keyId = _handler.ReadJsonWebToken(idToken).Kid;
        }
        catch (ArgumentException)
        {
            return Refuse("unreadable");
        }

        var signingKeys = await keys.GetKeysAsync(keyId, cancellationToken).ConfigureAwait(false);
        if (signingKeys.IsFailure) return signingKeys.Error!;

        var result = await _handler.ValidateTokenAsync(idToken, Parameters(signingKeys.Value)).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt) return Refuse(result.Exception?.GetType().Name ?? "invalid");
        if (!jwt.TryGetPayloadValue<string>("nonce", out var nonce) || !FixedTimeEquals(nonce, expectedNonce)) return Refuse("nonce mismatch");
        if (string.IsNullOrEmpty(jwt.Subject) || jwt.Subject.Length > Account.MaxProviderAccountIdLength) return Refuse("no or oversized sub");

        return ReadIdentity(jwt);
    }

    private TokenValidationParameters Parameters(IReadOnlyList<SecurityKey> signingKeys)
    {
        var google = options.Value.Google;
        return new TokenValidationParameters
        {
            ValidIssuers = google.ValidIssuers,
            ValidAudience = google.ClientId,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAlgorithms = Algorithms,
            IssuerSigningKeys = signingKeys,
            ClockSkew = ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(notBefore, expires),
        };
    }

    // Replaces the default check so that the service clock (TimeProvider), not DateTime.UtcNow, decides.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (expires is null || expires.Value + ClockSkew <= now) return false;
        return notBefore is null || notBefore.Value - ClockSkew <= now;
    }

    private static ProviderIdentity ReadIdentity(JsonWebToken jwt)
    {
        var email = jwt.TryGetPayloadValue<string>("email", out var address) && EmailAddress.Create(address) is { IsSuccess: true } parsed
            ? parsed.Value
            : null;
        return new ProviderIdentity(
            AuthProvider.Google,
            jwt.Subject,
            email,
            email is not null && IsTrue(jwt, "email_verified"),
            jwt.TryGetPayloadValue<string>("name", out var name) ? name : null,
            Login: null,
            AvatarUrl: jwt.TryGetPayloadValue<string>("picture", out var picture) ? picture : null);
    }

    /// <summary>Google sends a JSON boolean; some OIDC issuers send the string "true".</summary>
    private static bool IsTrue(JsonWebToken jwt, string claim) =>
        (jwt.TryGetPayloadValue<bool>(claim, out var flag) && flag)
        || (jwt.TryGetPayloadValue<string>(claim, out var text) && string.Equals(text, "true", StringComparison.OrdinalIgnoreCase));

    private static bool FixedTimeEquals(string? a, string b) =>
        a is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private Error Refuse(string reason)
    {
        LogRefused(logger, reason);
        return AccountErrors.IdTokenInvalid;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Google ID token: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
