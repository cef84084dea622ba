using Auth.Infrastructure.Security.Passwords;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.TestSupport;

internal static class Argon2TestOptions
{
    /// <summary>Cheap parameters (1 MiB, one pass) so tests run in milliseconds.</summary>
    public static IOptions<PasswordHashingOptions> Fast(int memoryKiB = 1024, int iterations = 1, int parallelism = 1, int maxConcurrency = 4) =>
        Options.Create(new PasswordHashingOptions
        {
            MemoryKiB = memoryKiB,
            Iterations = iterations,
            Parallelism = parallelism,
            MaxConcurrency = maxConcurrency,
        });

    public static IOptions<PasswordHashingOptions> Defaults() => Options.Create(new PasswordHashingOptions());
}
