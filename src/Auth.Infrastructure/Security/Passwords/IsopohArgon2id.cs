using Isopoh.Cryptography.Argon2;

namespace Auth.Infrastructure.Security.Passwords;

/// <summary>Raw Argon2id in managed code (Isopoh), for any number of lanes.</summary>
internal static class IsopohArgon2id
{
    public static void Derive(byte[] password, byte[] salt, Argon2Cost cost, byte[] output)
    {
        var config = new Argon2Config
        {
            Type = Argon2Type.HybridAddressing,
            Version = Argon2Version.Nineteen,
            MemoryCost = cost.MemoryKiB,
            TimeCost = cost.Iterations,
            Lanes = cost.Parallelism,
            Threads = 1,
            HashLength = output.Length,
            Password = password,
            Salt = salt,
        };

        using var argon2 = new Argon2(config);
        using var hash = argon2.Hash();
        hash.Buffer.AsSpan(0, output.Length).CopyTo(output);
    }
}
