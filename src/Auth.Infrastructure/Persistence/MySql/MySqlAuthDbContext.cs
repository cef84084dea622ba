using Auth.Domain.Accounts;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.RateLimiting;
using Auth.Infrastructure.Persistence.Verifications;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Persistence.MySql;

/// <summary>
/// The MySQL/MariaDB flavour of <see cref="AuthDbContext"/> (Pomelo); its migrations live in
/// <c>Persistence/MySql/Migrations</c>. Times are <c>datetime(6)</c> holding UTC (the shared converter writes UTC),
/// text is utf8mb4 whatever the server's default character set.
/// </summary>
public sealed class MySqlAuthDbContext(DbContextOptions<MySqlAuthDbContext> options) : AuthDbContext(options)
{
    /// <summary>Byte-wise comparison: no case or accent folding.</summary>
    internal const string ExactCollation = "utf8mb4_bin";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The default utf8mb4 collations ignore accents as well as case, so "émile@example.fr" and
        // "emile@example.fr" would be one key: the second sign-up would be refused and a lookup could find the
        // other person's account. The domain already lower-cases addresses, so byte-wise comparison is exact and
        // still treats "ADA@example.com" as "ada@example.com". Token and code hashes, provider account ids,
        // verification keys and rate-limit keys are compared exactly too.
        modelBuilder.Entity<User>().Property(u => u.Email).UseCollation(ExactCollation);
        modelBuilder.Entity<Otp>().Property(o => o.Email).UseCollation(ExactCollation);
        modelBuilder.Entity<Otp>().Property(o => o.CodeHash).UseCollation(ExactCollation);
        modelBuilder.Entity<Session>().Property(s => s.TokenHash).UseCollation(ExactCollation);
        modelBuilder.Entity<RefreshToken>().Property(t => t.TokenHash).UseCollation(ExactCollation);
        modelBuilder.Entity<RefreshToken>().Property(t => t.ReplacedByTokenHash).UseCollation(ExactCollation);
        modelBuilder.Entity<SignInChallenge>().Property(c => c.TokenHash).UseCollation(ExactCollation);
        modelBuilder.Entity<Passkey>().Property(p => p.CredentialId).UseCollation(ExactCollation);
        modelBuilder.Entity<PasskeyChallenge>().Property(c => c.ChallengeHash).UseCollation(ExactCollation);
        modelBuilder.Entity<Account>().Property(a => a.ProviderAccountId).UseCollation(ExactCollation);
        modelBuilder.Entity<VerificationRow>().Property(v => v.Identifier).UseCollation(ExactCollation);
        modelBuilder.Entity<VerificationRow>().Property(v => v.ValueHash).UseCollation(ExactCollation);
        modelBuilder.Entity<RateLimitRow>().Property(r => r.Key).UseCollation(ExactCollation);
    }
}
