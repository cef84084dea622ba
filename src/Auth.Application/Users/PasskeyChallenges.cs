using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Users;

/// <summary>Keeps a ceremony's options server-side under its challenge's hash, and takes them back for the answer (once).</summary>
public sealed class PasskeyChallenges(IPasskeyChallengeRepository challenges, IOpaqueTokenGenerator hashes)
{
    public void Keep(PasskeyCeremony ceremony, UserId? userId, PasskeyOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        challenges.Add(PasskeyChallenge.Issue(ceremony, userId, hashes.Hash(options.Challenge), options.Json, now));
    }

    /// <summary>The challenge the answer names, taken for this ceremony: unknown, used, expired or of the other ceremony is <see cref="PasskeyErrors.Invalid"/>.</summary>
    public async Task<Result<PasskeyChallenge>> TakeAsync(PasskeyCeremony ceremony, CredentialClaims claims, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var challenge = await challenges.FindByChallengeHashAsync(hashes.Hash(claims.Challenge), cancellationToken);
        if (challenge is null) return PasskeyErrors.Invalid;
        var taken = challenge.Take(ceremony, now);
        return taken.IsSuccess ? challenge : taken.Error!;
    }
}
