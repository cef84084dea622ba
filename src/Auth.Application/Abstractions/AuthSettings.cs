using Auth.Domain.Policies;

namespace Auth.Application.Abstractions;

/// <summary>The rules' parameters as configured (defaults: <see cref="AuthDefaults"/>), handed to the aggregates.</summary>
public sealed record AuthSettings
{
    public LockoutPolicy Lockout { get; init; } = LockoutPolicy.Default;

    public OtpPolicy Otp { get; init; } = OtpPolicy.Default;

    public SessionPolicy Session { get; init; } = SessionPolicy.Default;

    public RefreshTokenPolicy RefreshToken { get; init; } = RefreshTokenPolicy.Default;

    public ReactivationPolicy Reactivation { get; init; } = ReactivationPolicy.Default;

    public TimeSpan AccessTokenLifetime { get; init; } = AuthDefaults.AccessTokenLifetime;

    /// <summary>When true, sign-in is refused until the email is verified.</summary>
    public bool RequireVerifiedEmail { get; init; } = true;

    /// <summary>The user who signs up with the configured email becomes an administrator.</summary>
    public BootstrapAdminPolicy BootstrapAdmin { get; init; } = new(AdminEmail: null);

    public const string DefaultServiceName = "Auth";

    /// <summary>How the service names itself to people: the issuer an authenticator app shows beside the code.</summary>
    public string ServiceName { get; init; } = DefaultServiceName;
}
