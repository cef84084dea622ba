using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Users;

namespace Auth.Domain.Sessions;

/// <summary>
/// The bridge between the two steps of a sign-in: issued when the first step succeeds for a user with a second
/// factor, and the only way to the second. Stored as a hash, single use, short-lived, and ended by too many wrong
/// codes.
/// </summary>
public sealed class SignInChallenge : AggregateRoot<SignInChallengeId>
{
    public const int MaxTokenHashLength = 128;

    private SignInChallenge(SignInChallengeId id, UserId userId, string tokenHash, DateTimeOffset now)
        : base(id, now)
    {
        UserId = userId;
        TokenHash = tokenHash;
        ExpiresAt = now + AuthDefaults.SignInChallengeLifetime;
    }

    private SignInChallenge() { }

    public UserId UserId { get; private set; }

    public string TokenHash { get; private set; } = null!;

    public DateTimeOffset ExpiresAt { get; private set; }

    public int FailedAttempts { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public static SignInChallenge Issue(UserId userId, string tokenHash, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        return new SignInChallenge(SignInChallengeId.New(now), userId, tokenHash, now);
    }

    public bool IsOpenAt(DateTimeOffset now) =>
        CompletedAt is null && FailedAttempts < AuthDefaults.SignInChallengeMaxAttempts && now < ExpiresAt;

    public Result EnsureOpen(DateTimeOffset now) => IsOpenAt(now) ? Result.Success : SignInChallengeErrors.Invalid;

    /// <summary>
    /// Records the outcome of the second-factor check: a right code completes the challenge (once); a wrong one counts,
    /// and the last allowed wrong code ends it.
    /// </summary>
    public Result Complete(Result codeCheck, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(codeCheck);
        if (!IsOpenAt(now)) return SignInChallengeErrors.Invalid;
        MarkUpdated(now);
        if (codeCheck.IsSuccess)
        {
            CompletedAt = now;
            return Result.Success;
        }

        FailedAttempts++;
        if (FailedAttempts >= AuthDefaults.SignInChallengeMaxAttempts) Raise(new SignInChallengeExhausted(Id, UserId, now));
        return codeCheck;
    }
}
