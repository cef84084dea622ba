using Auth.Domain.Policies;
using Auth.Domain.Primitives;

namespace Auth.Domain.Users;

/// <summary>
/// The challenge of one WebAuthn ceremony, kept server-side with the options it was sent in: a registration (for one
/// user) or a sign-in (for one user's passkeys, or any discoverable one). Found by its challenge's hash, answered at
/// most once and within <see cref="AuthDefaults.PasskeyChallengeLifetime"/>; taking it gives a new version, so of two
/// answers racing with the same challenge only one is saved.
/// </summary>
public sealed class PasskeyChallenge : AggregateRoot<PasskeyChallengeId>
{
    public const int MaxChallengeHashLength = 128;

    private PasskeyChallenge(PasskeyChallengeId id, PasskeyCeremony ceremony, UserId? userId, string challengeHash, string options, DateTimeOffset now)
        : base(id, now)
    {
        Ceremony = ceremony;
        UserId = userId;
        ChallengeHash = challengeHash;
        Options = options;
        ExpiresAt = now + AuthDefaults.PasskeyChallengeLifetime;
    }

    private PasskeyChallenge() { }

    public PasskeyCeremony Ceremony { get; private set; }

    /// <summary>The registering user, or the user whose passkeys a sign-in allows; null for a discoverable sign-in.</summary>
    public UserId? UserId { get; private set; }

    public string ChallengeHash { get; private set; } = null!;

    /// <summary>The options as sent to the browser (JSON), which the verification needs back.</summary>
    public string Options { get; private set; } = null!;

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public static PasskeyChallenge Issue(PasskeyCeremony ceremony, UserId? userId, string challengeHash, string options, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(challengeHash);
        ArgumentException.ThrowIfNullOrEmpty(options);
        if (ceremony == PasskeyCeremony.Registration && userId is null) throw new ArgumentException("A registration is for a user.", nameof(userId));
        return new PasskeyChallenge(PasskeyChallengeId.New(now), ceremony, userId, challengeHash, options, now);
    }

    /// <summary>Takes the challenge for an answer of <paramref name="ceremony"/>: once, before it expires.</summary>
    public Result Take(PasskeyCeremony ceremony, DateTimeOffset now)
    {
        if (ceremony != Ceremony || UsedAt is not null || now >= ExpiresAt) return PasskeyErrors.Invalid;
        UsedAt = now;
        MarkUpdated(now);
        DemandNewVersion();
        return Result.Success;
    }
}
