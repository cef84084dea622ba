using Auth.Api.Accounts;
using Auth.Api.OneTimePasswords;
using Auth.Api.RateLimiting;
using Auth.Api.Sessions;
using Auth.Api.Users;

namespace Auth.Api.Endpoints;

internal static class AuthEndpoints
{
    /// <summary>/api/v1/auth: sign-up, sign-in in all its forms, codes, refresh, sign-out, passwords, and provider (OAuth) sign-in.</summary>
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapSignUp().RequireRateLimit(RateLimitPolicies.SignUp);
        group.MapVerifyEmail().RequireRateLimit(RateLimitPolicies.Otp);
        group.MapSendOtp().RequireRateLimit(RateLimitPolicies.Otp);
        group.MapSignIn().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapSignInWithOtp().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapSignInWithSecondFactor().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapBeginPasskeySignIn().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapSignInWithPasskey().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapRefresh().RequireRateLimit(RateLimitPolicies.Refresh);
        group.MapSignOut();
        group.MapSignOutAll();
        group.MapForgotPassword().RequireRateLimit(RateLimitPolicies.Otp);
        group.MapResetPassword().RequireRateLimit(RateLimitPolicies.Otp);
        group.MapRequestPasswordChange().RequireRateLimit(RateLimitPolicies.Otp);
        group.MapChangePassword().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapReactivate().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapStartOAuth().RequireRateLimit(RateLimitPolicies.OAuth);
        group.MapCompleteOAuth().RequireRateLimit(RateLimitPolicies.OAuth);
        group.MapExchangeOAuthCode().RequireRateLimit(RateLimitPolicies.SignIn);
        return app;
    }
}
