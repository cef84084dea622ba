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
        group.MapSignUp().RequireRateLimiting(RateLimitPolicies.SignUp);
        group.MapVerifyEmail().RequireRateLimiting(RateLimitPolicies.Otp);
        group.MapSendOtp().RequireRateLimiting(RateLimitPolicies.Otp);
        group.MapSignIn().RequireRateLimiting(RateLimitPolicies.SignIn);
        group.MapSignInWithOtp().RequireRateLimiting(RateLimitPolicies.SignIn);
        group.MapRefresh().RequireRateLimiting(RateLimitPolicies.Refresh);
        group.MapSignOut();
        group.MapSignOutAll();
        group.MapForgotPassword().RequireRateLimiting(RateLimitPolicies.Otp);
        group.MapResetPassword().RequireRateLimiting(RateLimitPolicies.Otp);
        group.MapRequestPasswordChange().RequireRateLimiting(RateLimitPolicies.Otp);
        group.MapChangePassword().RequireRateLimiting(RateLimitPolicies.SignIn);
        group.MapReactivate().RequireRateLimiting(RateLimitPolicies.SignIn);
        group.MapStartOAuth().RequireRateLimiting(RateLimitPolicies.OAuth);
        group.MapCompleteOAuth().RequireRateLimiting(RateLimitPolicies.OAuth);
        group.MapExchangeOAuthCode().RequireRateLimiting(RateLimitPolicies.SignIn);
        return app;
    }
}
