namespace Auth.Api.RateLimiting;

/// <summary>
/// Named per-route limits. Each counts requests per client IP and, for routes whose body names an account (an email),
/// per account too, in fixed windows; every figure can be overridden under <c>RateLimiting:Policies:{name}</c>.
/// </summary>
internal static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";
    public const string Otp = "otp";
    public const string Refresh = "refresh";
    public const string OAuth = "oauth";

    public static IReadOnlyList<RateLimitPolicy> Defaults { get; } =
    [
        new(SignIn, PermitLimit: 10, Window: TimeSpan.FromMinutes(1), AccountPermitLimit: 10, AccountWindow: TimeSpan.FromMinutes(15)),
        new(SignUp, PermitLimit: 5, Window: TimeSpan.FromMinutes(1), AccountPermitLimit: 3, AccountWindow: TimeSpan.FromHours(1)),
        new(Otp, PermitLimit: 5, Window: TimeSpan.FromMinutes(1), AccountPermitLimit: 10, AccountWindow: TimeSpan.FromMinutes(15)),
        new(Refresh, PermitLimit: 60, Window: TimeSpan.FromMinutes(1), AccountPermitLimit: 0, AccountWindow: TimeSpan.FromMinutes(1)),
        new(OAuth, PermitLimit: 30, Window: TimeSpan.FromMinutes(1), AccountPermitLimit: 0, AccountWindow: TimeSpan.FromMinutes(1)),
    ];
}
