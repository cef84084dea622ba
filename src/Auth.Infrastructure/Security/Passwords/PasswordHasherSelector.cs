using Auth.Application.Abstractions.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Security.Passwords;

/// <summary>Chooses libsodium when it loads and the configuration uses one lane, the managed hasher otherwise.</summary>
internal sealed partial class PasswordHasherSelector(
    IOptions<PasswordHashingOptions> options, ILogger<PasswordHasherSelector> logger)
{
    public IPasswordHasher Create()
    {
        var cost = options.Value.Cost;
        if (cost.Parallelism == 1 && SodiumArgon2PasswordHasher.IsAvailable())
        {
            LogSelected(logger, "libsodium (NSec)", cost.MemoryKiB, cost.Iterations, cost.Parallelism, options.Value.MaxConcurrency);
            return new SodiumArgon2PasswordHasher(options);
        }

        LogSelected(logger, "managed (Isopoh)", cost.MemoryKiB, cost.Iterations, cost.Parallelism, options.Value.MaxConcurrency);
        return new IsopohArgon2PasswordHasher(options);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Password hashing uses Argon2id via {Implementation}: m={MemoryKiB} KiB, t={Iterations}, p={Parallelism}, at most {MaxConcurrency} at once")]
    private static partial void LogSelected(
        ILogger logger, string implementation, int memoryKiB, int iterations, int parallelism, int maxConcurrency);
}
