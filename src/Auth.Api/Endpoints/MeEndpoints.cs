using Auth.Api.Accounts;
using Auth.Api.RateLimiting;
using Auth.Api.Sessions;
using Auth.Api.Users;

namespace Auth.Api.Endpoints;

internal static class MeEndpoints
{
    /// <summary>/api/v1/users/me: the caller's own account, sessions and linked provider accounts.</summary>
    public static IEndpointRouteBuilder MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/users/me").WithTags("Me").RequireAuthorization();
        group.MapGetMe();
        group.MapUpdateProfile();
        group.MapSetTwoFactor();
        group.MapBeginTotpEnrolment();
        group.MapConfirmTotp().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapDisableTotp().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapRegenerateRecoveryCodes().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapBeginPasskeyRegistration();
        group.MapRegisterPasskey().RequireRateLimit(RateLimitPolicies.SignIn);
        group.MapListMyPasskeys();
        group.MapRenamePasskey();
        group.MapDeletePasskey();
        group.MapDeleteMe();
        group.MapListMySessions();
        group.MapRevokeMySession();
        group.MapListMyAccounts();
        group.MapUnlinkAccount();
        return app;
    }
}
