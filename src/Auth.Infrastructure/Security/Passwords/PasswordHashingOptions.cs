namespace Auth.Infrastructure.Security.Passwords;

/// <summary>Argon2id cost, bound from <c>Auth:PasswordHashing</c>. Defaults are the OWASP minimum for Argon2id.</summary>
internal sealed class PasswordHashingOptions
{
    public const string SectionName = "Auth:PasswordHashing";

    public int MemoryKiB { get; set; } = 19456;

    public int Iterations { get; set; } = 2;

    public int Parallelism { get; set; } = 1;

    /// <summary>How many hashes may run at once; each one holds <see cref="MemoryKiB"/> of memory.</summary>
    public int MaxConcurrency { get; set; } = Environment.ProcessorCount;

    internal Argon2Cost Cost => new(MemoryKiB, Iterations, Parallelism);

    internal bool IsValid =>
        Argon2Cost.IsWithinLimits(MemoryKiB, Iterations, Parallelism) && MaxConcurrency >= 1;
}
