using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Security;
using Auth.Infrastructure.Security.Jwt;
using Auth.Infrastructure.Security.Otp;
using Auth.Infrastructure.Security.Passwords;
using Auth.Infrastructure.Security.Tokens;
using Auth.Infrastructure.Security.TwoFactor;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Password hashing, one-time codes, opaque tokens and JWTs. Expects <c>IKeyMaterialStore</c> (persistence)
    /// and <see cref="TimeProvider"/> (host) to be registered elsewhere; adds a default <see cref="AuthSettings"/>
    /// only when none is registered yet.
    /// </summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<PasswordHashingOptions>()
            .Bind(configuration.GetSection(PasswordHashingOptions.SectionName))
            .Validate(o => o.IsValid, $"{PasswordHashingOptions.SectionName}: Argon2 parameters or MaxConcurrency out of range.")
            .ValidateOnStart();
        services.AddOptions<OtpHashingOptions>().Bind(configuration.GetSection(OtpHashingOptions.SectionName));
        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.SectionName))
            .Validate(o => o.IsValid, $"{JwtOptions.SectionName}: Issuer and Audience are required, KeyLifetimeDays and KeyReloadSeconds must be at least 1, ValidationCacheSize at least 0, SigningKeyEncryptionKey (when set) base64 of 32 bytes.")
            .ValidateOnStart();
        services.TryAddSingleton(new AuthSettings());

        services.AddSingleton<IPasswordHasher>(sp => new MeasuredPasswordHasher(ActivatorUtilities.CreateInstance<PasswordHasherSelector>(sp).Create()));

        services.AddSingleton<IOtpCodeGenerator, OtpCodeGenerator>();
        services.AddSingleton<OtpHashKeyProvider>();
        services.AddSingleton<IOtpCodeHasher, HmacOtpCodeHasher>();
        services.AddSingleton<IRecoveryCodeHasher, HmacRecoveryCodeHasher>();
        services.AddSingleton<ITotpAuthenticator, OtpNetTotpAuthenticator>();
        services.AddSingleton<IPasskeyCeremonies, Passkeys.Fido2PasskeyCeremonies>();

        services.AddSingleton<IOpaqueTokenGenerator, OpaqueTokenGenerator>();

        services.AddSingleton<JwtKeyRing>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<IAccessTokenValidator, JwtAccessTokenValidator>();
        services.AddSingleton<IJsonWebKeySetProvider, JsonWebKeySetProvider>();
        services.AddSingleton(sp =>
        {
            var jwt = sp.GetRequiredService<IOptions<JwtOptions>>().Value;
            return new AccessTokenFormat(jwt.Issuer, jwt.Audience, Es256Keys.Algorithm);
        });

        services.AddHostedService<SecurityKeysInitializer>();
        return services;
    }
}
