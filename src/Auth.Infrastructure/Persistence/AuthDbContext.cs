using Auth.Domain.Accounts;
using Auth.Domain.Audit;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Accounts;
using Auth.Infrastructure.Audit;
using Auth.Infrastructure.OneTimePasswords;
using Auth.Infrastructure.Persistence.KeyMaterial;
using Auth.Infrastructure.Persistence.MailOutbox;
using Auth.Infrastructure.Persistence.RateLimiting;
using Auth.Infrastructure.Persistence.Verifications;
using Auth.Infrastructure.Sessions;
using Auth.Infrastructure.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Auth.Infrastructure.Persistence;

/// <summary>
/// The relational model shared by every EF provider. Each provider derives its own context
/// (<see cref="Sqlite.SqliteAuthDbContext"/>, <c>PostgresAuthDbContext</c>, <c>MySqlAuthDbContext</c>) so that each keeps its
/// own migration set.
/// Table, column, key and index names are snake_case.
/// </summary>
public abstract class AuthDbContext : DbContext
{
    protected AuthDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<User> Users => Set<User>();

    public DbSet<Otp> Otps => Set<Otp>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<SignInChallenge> SignInChallenges => Set<SignInChallenge>();

    public DbSet<Passkey> Passkeys => Set<Passkey>();

    public DbSet<PasskeyChallenge> PasskeyChallenges => Set<PasskeyChallenge>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    internal DbSet<VerificationRow> Verifications => Set<VerificationRow>();

    internal DbSet<RateLimitRow> RateLimits => Set<RateLimitRow>();

    internal DbSet<SigningKeyRow> SigningKeys => Set<SigningKeyRow>();

    internal DbSet<ServerSecretRow> ServerSecrets => Set<ServerSecretRow>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AggregateRootEntries.StampVersions(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AggregateRootEntries.StampVersions(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        configurationBuilder.Properties<UserId>().HaveConversion<UserIdConverter>();
        configurationBuilder.Properties<OtpId>().HaveConversion<OtpIdConverter>();
        configurationBuilder.Properties<SessionId>().HaveConversion<SessionIdConverter>();
        configurationBuilder.Properties<RefreshTokenId>().HaveConversion<RefreshTokenIdConverter>();
        configurationBuilder.Properties<SignInChallengeId>().HaveConversion<SignInChallengeIdConverter>();
        configurationBuilder.Properties<PasskeyId>().HaveConversion<PasskeyIdConverter>();
        configurationBuilder.Properties<PasskeyChallengeId>().HaveConversion<PasskeyChallengeIdConverter>();
        configurationBuilder.Properties<AccountId>().HaveConversion<AccountIdConverter>();
        configurationBuilder.Properties<AuditEntryId>().HaveConversion<AuditEntryIdConverter>();

        configurationBuilder.Properties<EmailAddress>().HaveConversion<EmailAddressConverter>().HaveMaxLength(EmailAddress.MaxLength);
        configurationBuilder.Properties<PersonName>().HaveConversion<PersonNameConverter>().HaveMaxLength(PersonName.MaxLength);

        configurationBuilder.Properties<Role>().HaveConversion<RoleConverter>().HaveMaxLength(RoleConverter.MaxLength);
        configurationBuilder.Properties<AuthProvider>().HaveConversion<AuthProviderConverter>().HaveMaxLength(AuthProviderConverter.MaxLength);
        configurationBuilder.Properties<OtpType>().HaveConversion<OtpTypeConverter>().HaveMaxLength(OtpTypeConverter.MaxLength);
        configurationBuilder.Properties<SessionRevocationReason>()
            .HaveConversion<SessionRevocationReasonConverter>()
            .HaveMaxLength(SessionRevocationReasonNames.MaxLength);

        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.ApplyConfiguration(new UserConfiguration());
        modelBuilder.ApplyConfiguration(new OtpConfiguration());
        modelBuilder.ApplyConfiguration(new SessionConfiguration());
        modelBuilder.ApplyConfiguration(new RefreshTokenConfiguration());
        modelBuilder.ApplyConfiguration(new SignInChallengeConfiguration());
        modelBuilder.ApplyConfiguration(new PasskeyConfiguration());
        modelBuilder.ApplyConfiguration(new PasskeyChallengeConfiguration());
        modelBuilder.ApplyConfiguration(new SigningKeyRowConfiguration());
        modelBuilder.ApplyConfiguration(new ServerSecretRowConfiguration());
        modelBuilder.ApplyConfiguration(new AccountConfiguration());
        modelBuilder.ApplyConfiguration(new VerificationRowConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new RateLimitRowConfiguration());
        modelBuilder.ApplyConfiguration(new QueuedMailConfiguration());

        NameConstraints(modelBuilder.Model);
    }

    /// <summary>pk_{table}, fk_{table}_{principal}_{columns}, ux_/ix_{table}_{columns}: the same names on every engine.</summary>
    private static void NameConstraints(IMutableModel model)
    {
        foreach (var entity in model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var table = entity.GetTableName()!;
            entity.FindPrimaryKey()?.SetName($"pk_{table}");
            foreach (var foreignKey in entity.GetForeignKeys().Where(fk => !fk.IsOwnership))
            {
                foreignKey.SetConstraintName(
                    $"fk_{table}_{foreignKey.PrincipalEntityType.GetTableName()}_{Columns(foreignKey.Properties)}");
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName($"{(index.IsUnique ? "ux" : "ix")}_{table}_{Columns(index.Properties)}");
            }
        }
    }

    private static string Columns(IEnumerable<IReadOnlyProperty> properties) =>
        string.Join('_', properties.Select(p => p.GetColumnName()));
}
