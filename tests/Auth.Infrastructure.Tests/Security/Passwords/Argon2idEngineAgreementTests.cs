using System.Security.Cryptography;
using Auth.Infrastructure.Security.Passwords;
using NSec.Cryptography;

namespace Auth.Infrastructure.Tests.Security.Passwords;

public sealed class Argon2idEngineAgreementTests
{
    [Fact]
    public void LibsodiumAndManagedArgon2id_ComputeTheSameRawHash()
    {
        var password = "pässwörd"u8.ToArray();
        var salt = RandomNumberGenerator.GetBytes(16);
        var managed = new byte[32];
        IsopohArgon2id.Derive(password, salt, new Argon2Cost(1024, 2, 1), managed);

        var native = PasswordBasedKeyDerivationAlgorithm
            .Argon2id(new Argon2Parameters { DegreeOfParallelism = 1, MemorySize = 1024, NumberOfPasses = 2 })
            .DeriveBytes(password, salt, 32);

        Assert.Equal(managed, native);
    }
}
