namespace Auth.Infrastructure.Persistence.Cleanup;

/// <summary>Rows one clean-up pass deleted (refresh tokens deleted with their session by the cascade are not counted).</summary>
internal readonly record struct CleanupResult(int Otps, int Sessions, int RefreshTokens, int RateLimits = 0, int SignInChallenges = 0, int FinishedMail = 0)
{
    public int Total => Otps + Sessions + RefreshTokens + RateLimits + SignInChallenges + FinishedMail;
}
