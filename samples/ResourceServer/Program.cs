using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace ResourceServer;

/// <summary>
/// A resource server that accepts the Auth service's access tokens. It knows only the service's URL (the authority)
/// and the audience: the issuer and the signing keys come from <c>/.well-known/openid-configuration</c>.
/// </summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = builder.Configuration["Auth:Authority"] ?? "http://localhost:5210";
                options.Audience = builder.Configuration["Auth:Audience"] ?? "auth-api";
                options.RequireHttpsMetadata = builder.Configuration.GetValue("Auth:RequireHttpsMetadata", true);
                options.MapInboundClaims = false; // keep the token's claim names: sub, email, role
            });
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/hello", (ClaimsPrincipal user) => new { subject = user.FindFirstValue("sub"), email = user.FindFirstValue("email") })
            .RequireAuthorization();

        app.Run();
    }
}
