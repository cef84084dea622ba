using Auth.Infrastructure.Security.Jwt;
using Auth.Infrastructure.Security.Otp;
using Microsoft.Extensions.Hosting;

namespace Auth.Infrastructure.Security;

/// <summary>
/// Loads (or generates and stores) the OTP hash key and the JWT signing key, deleting expired signing keys, before
/// the host serves requests. Needs the key store ready: register it after the service that creates the database schema.
/// </summary>
internal sealed class SecurityKeysInitializer(OtpHashKeyProvider otpKeys, JwtKeyRing jwtKeys) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await otpKeys.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await jwtKeys.InitializeAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
