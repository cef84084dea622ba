namespace Auth.Api.RateLimiting;

/// <summary>
/// One named limit: at most <see cref="PermitLimit"/> requests per client IP per <see cref="Window"/>, and at most
/// <see cref="AccountPermitLimit"/> per account (the email in the body) per <see cref="AccountWindow"/>; an account
/// limit of 0 means none.
/// </summary>
internal sealed record RateLimitPolicy(string Name, int PermitLimit, TimeSpan Window, int AccountPermitLimit, TimeSpan AccountWindow)
{
    public bool LimitsAccounts => AccountPermitLimit > 0;

    public bool IsValid => PermitLimit >= 1 && Window > TimeSpan.Zero && AccountPermitLimit >= 0 && AccountWindow > TimeSpan.Zero;
}
