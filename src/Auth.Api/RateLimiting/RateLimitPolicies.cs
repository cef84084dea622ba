namespace Auth.Api.RateLimiting;

/// <summary>Named per-route limits. Each counts requests per client IP in a fixed window.</summary>
internal static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
    public const string SignUp = "sign-up";
    public const string Otp = "otp";
    public const string Refresh = "refresh";
    public const string OAuth = "oauth";

    /// <summary>Defaults (requests per minute per IP); each can be overridden by <c>RateLimiting:Policies:{name}:PermitLimit</c>.</summary>
    public static readonly IReadOnlyDictionary<string, int> DefaultPermitsPerMinute = new Dictionary<string, int>
    {
        [SignIn] = 10,
        [SignUp] = 5,
        [Otp] = 5,
        [Refresh] = 60,
        [OAuth] = 30,
    };
}
