using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Security.Passwords;

/// <summary>Argon2id in pure managed code: slower than libsodium, but runs wherever .NET runs.</summary>
internal sealed class IsopohArgon2PasswordHasher(IOptions<PasswordHashingOptions> options) : Argon2PasswordHasher(options)
{
    protected override void Derive(byte[] password, byte[] salt, Argon2Cost cost, byte[] output) =>
        IsopohArgon2id.Derive(password, salt, cost, output);
}
