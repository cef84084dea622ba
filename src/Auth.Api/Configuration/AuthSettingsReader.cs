using Auth.Application.Abstractions;
using Auth.Domain.Policies;

namespace Auth.Api.Configuration;

/// <summary>Reads the rule parameters from the <c>Auth</c> section; every key is optional (defaults: AuthDefaults).</summary>
internal static class AuthSettingsReader
{
    public static AuthSettings Read(IConfiguration configuration)
    {
        var auth = configuration.GetSection("Auth");
        TimeSpan Time(string key, TimeSpan fallback) => auth.GetValue<TimeSpan?>(key) ?? fallback;
        int Number(string key, int fallback) => auth.GetValue<int?>(key) ?? fallback;

        return new AuthSettings
        {
            Lockout = new LockoutPolicy(
                Number("Lockout:MaxFailedAttempts", AuthDefaults.SignInMaxFailedAttempts),
                Time("Lockout:LockDuration", AuthDefaults.LockDuration)),
            Otp = new OtpPolicy(
                Number("Otp:CodeLength", AuthDefaults.OtpCodeLength),
                Time("Otp:Lifetime", AuthDefaults.OtpLifetime),
                Time("Otp:ResendDelay", AuthDefaults.OtpResendDelay),
                Number("Otp:MaxAttempts", AuthDefaults.OtpMaxAttempts)),
            Session = new SessionPolicy(
                Time("Session:Lifetime", AuthDefaults.SessionLifetime),
                Time("Session:AbsoluteLifetime", AuthDefaults.SessionAbsoluteLifetime)),
            RefreshToken = new RefreshTokenPolicy(
                Time("RefreshToken:Lifetime", AuthDefaults.RefreshTokenLifetime),
                TimeSpan.FromSeconds(Number("RefreshToken:ReuseGraceSeconds", 0))),
            Reactivation = new ReactivationPolicy(Time("Reactivation:Delay", AuthDefaults.ReactivationDelay)),
            AccessTokenLifetime = Time("Jwt:AccessTokenLifetime", AuthDefaults.AccessTokenLifetime),
            RequireVerifiedEmail = auth.GetValue("RequireVerifiedEmail", true),
            BootstrapAdmin = new BootstrapAdminPolicy(auth["Bootstrap:AdminEmail"]),
            ServiceName = auth["ServiceName"] is { Length: > 0 } name ? name : AuthSettings.DefaultServiceName,
        };
    }
}
