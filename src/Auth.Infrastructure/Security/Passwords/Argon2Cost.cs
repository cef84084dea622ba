namespace Auth.Infrastructure.Security.Passwords;

/// <summary>The Argon2 parameters a hash was computed with: memory in KiB, passes and lanes.</summary>
internal readonly record struct Argon2Cost(int MemoryKiB, int Iterations, int Parallelism)
{
    // Generous upper bounds: a stored hash that asks for more is treated as malformed rather than run.
    public const int MaxMemoryKiB = 4 * 1024 * 1024;
    public const int MaxIterations = 1024;
    public const int MaxParallelism = 255;

    public static bool IsWithinLimits(int memoryKiB, int iterations, int parallelism) =>
        parallelism is >= 1 and <= MaxParallelism
        && iterations is >= 1 and <= MaxIterations
        && memoryKiB >= 8 * parallelism && memoryKiB <= MaxMemoryKiB;
}
