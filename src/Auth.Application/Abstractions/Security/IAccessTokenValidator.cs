namespace Auth.Application.Abstractions.Security;

/// <summary>Checks signature, algorithm, key id, issuer, audience and lifetime of an access token.</summary>
public interface IAccessTokenValidator
{
    /// <returns>The token's subject, or null when the token must be refused.</returns>
    ValueTask<AccessTokenSubject?> ValidateAsync(string token, CancellationToken cancellationToken);
}
