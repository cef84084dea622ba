using Auth.Infrastructure.Security.Jwt;
using Auth.Infrastructure.Security.Otp;
using Microsoft.Extensions.Hosting;

namespace Auth.Infrastructure.Security;

/// <summary>
/// Loads (or generates and stores) the OTP hash key and the JWT signing key before the host serves requests.
/// Needs the key store ready: register it after the service that creates the database schema.
/// </summary>
internal sealed class SecurityKeysInitializer(OtpHashKeyProvider otpKeys, JwtKeyRing jwtKeys, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await otpKeys.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await jwtKeys.GetSigningKeyAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
