using Auth.Api.Audit;
using Auth.Api.Authentication;
using Auth.Api.Sessions;
using Auth.Api.Users;

namespace Auth.Api.Endpoints;

internal static class AdminEndpoints
{
    /// <summary>/api/v1/admin: user administration, the audit trail and undelivered mail, for the admin role only.</summary>
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(AuthenticationSetup.AdminPolicy);
        group.MapListUsers();
        group.MapGetUser();
        group.MapSetUserRole();
        group.MapUnlockUser();
        group.MapResetSecondFactors();
        group.MapRevokeUserSessions();
        group.MapDeleteUser();
        group.MapRestoreUser();
        group.MapListAuditEntries();
        group.MapListUndeliveredMail();
        return app;
    }
}
