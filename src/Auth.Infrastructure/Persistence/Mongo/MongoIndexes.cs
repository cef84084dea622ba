using Auth.Infrastructure.Persistence.Mongo.Accounts;
using Auth.Infrastructure.Persistence.Mongo.Audit;
using Auth.Infrastructure.Persistence.Mongo.MailOutbox;
using Auth.Infrastructure.Persistence.Mongo.OneTimePasswords;
using Auth.Infrastructure.Persistence.Mongo.RateLimiting;
using Auth.Infrastructure.Persistence.Mongo.Sessions;
using Auth.Infrastructure.Persistence.Mongo.Users;
using Auth.Infrastructure.Persistence.Mongo.Verifications;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// The indexes of the reference schemas, created at start-up by <see cref="MongoIndexInitializer"/>. Names are
/// <c>ux_</c> (unique), <c>ix_</c> or <c>ttl_</c> followed by the fields. The reference schemas put their TTL
/// indexes on <c>createdAt</c> with fixed lifetimes; these are on <c>expiresAt</c>, which the domain computes from
/// the configured lifetimes (and slides for sessions), so a document goes when it expires, whatever the settings.
/// </summary>
internal static class MongoIndexes
{
    /// <summary>
    /// How long a one-time code stays after it expired. An expired code verifies nothing, but the newest code of an
    /// email and type also carries the resend cooldown: the margin keeps it while a cooldown longer than the code's
    /// lifetime (<c>Otp:ResendDelay</c> &gt; <c>Otp:Lifetime</c>) may still run.
    /// </summary>
    public static readonly TimeSpan OtpExpiryMargin = TimeSpan.FromHours(1);

    private static IndexKeysDefinitionBuilder<BsonDocument> Keys => Builders<BsonDocument>.IndexKeys;

    public static IReadOnlyList<CreateIndexModel<BsonDocument>> Users { get; } =
    [
        Unique("ux_email", Keys.Ascending(UserFields.Email)),
        Index("ix_provider_providerId", Keys.Ascending(UserFields.Provider).Ascending(UserFields.ProviderId)),
        Index("ix_role", Keys.Ascending(UserFields.Role)),
        Index("ix_isDeleted", Keys.Ascending(UserFields.IsDeleted)),
    ];

    public static IReadOnlyList<CreateIndexModel<BsonDocument>> Otps { get; } =
    [
        Index("ix_email_type", Keys.Ascending(OtpFields.Email).Ascending(OtpFields.Type)),
        ExpiresAfter("ttl_expiresAt", OtpFields.ExpiresAt, OtpExpiryMargin),
    ];

    public static IReadOnlyList<CreateIndexModel<BsonDocument>> Sessions { get; } =
    [
        Unique("ux_tokenHash", Keys.Ascending(SessionFields.TokenHash)),
        Index("ix_userId", Keys.Ascending(SessionFields.UserId)),
        Index("ix_isActive", Keys.Ascending(SessionFields.IsActive)),
        Index("ix_userId_isActive", Keys.Ascending(SessionFields.UserId).Ascending(SessionFields.IsActive)),
        Index("ix_userId_lastUsedAt_desc", Keys.Ascending(SessionFields.UserId).Descending(SessionFields.LastUsedAt)),
        ExpiresAfter("ttl_expiresAt", SessionFields.ExpiresAt, TimeSpan.Zero),
        UniqueWherePresent("ux_refreshTokens_tokenHash", $"{SessionFields.RefreshTokens}.{RefreshTokenFields.TokenHash}"),
    ];

    /// <summary>A challenge is looked up by its hash and goes by itself once expired (refused from then on anyway).</summary>
    public static IReadOnlyList<CreateIndexModel<BsonDocument>> SignInChallenges { get; } =
    [
        Unique("ux_tokenHash", Keys.Ascending(SignInChallengeFields.TokenHash)),
        ExpiresAfter("ttl_expiresAt", SignInChallengeFields.ExpiresAt, TimeSpan.Zero),
    ];

    /// <summary>A credential belongs to one passkey; a user's passkeys are listed together.</summary>
    public static IReadOnlyList<CreateIndexModel<BsonDocument>> Passkeys { get; } =
    [
        Unique("ux_credentialId", Keys.Ascending(PasskeyFields.CredentialId)),
        Index("ix_userId", Keys.Ascending(PasskeyFields.UserId)),
    ];

    /// <summary>A ceremony's challenge is found by its hash and goes by itself once expired (refused from then on anyway).</summary>
    public static IReadOnlyList<CreateIndexModel<BsonDocument>> PasskeyChallenges { get; } =
    [
        Unique("ux_challengeHash", Keys.Ascending(PasskeyFields.ChallengeHash)),
        ExpiresAfter("ttl_expiresAt", PasskeyFields.ExpiresAt, TimeSpan.Zero),
    ];

    /// <summary>The admin listing of the audit trail: by user, by type, or all, each newest first. Entries are kept (no TTL).</summary>
    public static IReadOnlyList<CreateIndexModel<BsonDocument>> AuditEntries { get; } =
    [
        Index("ix_userId_occurredAt_desc", Keys.Ascending(AuditEntryFields.UserId).Descending(AuditEntryFields.OccurredAt)),
        Index("ix_type_occurredAt_desc", Keys.Ascending(AuditEntryFields.Type).Descending(AuditEntryFields.OccurredAt)),
        Index("ix_occurredAt", Keys.Ascending(AuditEntryFields.OccurredAt)),
    ];

    /// <summary>
    /// One user per provider account, and one account per provider for each user (the relational table's unique keys).
    /// The second also serves the per-user list: <c>userId</c> is its prefix.
    /// </summary>
    public static IReadOnlyList<CreateIndexModel<BsonDocument>> Accounts { get; } =
    [
        Unique("ux_provider_providerAccountId", Keys.Ascending(AccountFields.Provider).Ascending(AccountFields.ProviderAccountId)),
        Unique("ux_userId_provider", Keys.Ascending(AccountFields.UserId).Ascending(AccountFields.Provider)),
    ];

    /// <summary>
    /// One entry per identifier and value hash (the relational table's unique key, and the take-once lookup); expired
    /// entries go by themselves, since a taken-too-late entry is refused anyway.
    /// </summary>
    public static IReadOnlyList<CreateIndexModel<BsonDocument>> Verifications { get; } =
    [
        Unique("ux_identifier_valueHash", Keys.Ascending(VerificationFields.Identifier).Ascending(VerificationFields.ValueHash)),
        ExpiresAfter("ttl_expiresAt", VerificationFields.ExpiresAt, TimeSpan.Zero),
    ];

    /// <summary>A counter goes once its window is over (the TTL monitor runs about once a minute).</summary>
    public static IReadOnlyList<CreateIndexModel<BsonDocument>> RateLimits { get; } =
    [
        ExpiresAfter("ttl_windowEnd", RateLimitFields.WindowEnd, TimeSpan.Zero),
    ];

    /// <summary>
    /// The dispatchers' claim (due pending messages, oldest due first) and backlog count; finished messages go by
    /// themselves once their <c>deleteAfter</c> has passed (unfinished ones have none and stay).
    /// </summary>
    public static IReadOnlyList<CreateIndexModel<BsonDocument>> MailOutbox { get; } =
    [
        Index("ix_state_dueAt", Keys.Ascending(QueuedMailFields.State).Ascending(QueuedMailFields.DueAt)),
        ExpiresAfter("ttl_deleteAfter", QueuedMailFields.DeleteAfter, TimeSpan.Zero),
    ];

    /// <summary>
    /// Every collection with its indexes. <c>signing_keys</c> and <c>server_secrets</c> need none beyond <c>_id</c>
    /// (their natural keys), and keep their documents: the key ring decides when a key is no longer needed.
    /// </summary>
    public static IReadOnlyList<(string Collection, IReadOnlyList<CreateIndexModel<BsonDocument>> Indexes)> All { get; } =
    [
        (MongoCollectionNames.Users, Users),
        (MongoCollectionNames.Otps, Otps),
        (MongoCollectionNames.Sessions, Sessions),
        (MongoCollectionNames.SignInChallenges, SignInChallenges),
        (MongoCollectionNames.Passkeys, Passkeys),
        (MongoCollectionNames.PasskeyChallenges, PasskeyChallenges),
        (MongoCollectionNames.Accounts, Accounts),
        (MongoCollectionNames.Verifications, Verifications),
        (MongoCollectionNames.AuditEntries, AuditEntries),
        (MongoCollectionNames.RateLimits, RateLimits),
        (MongoCollectionNames.MailOutbox, MailOutbox),
    ];

    private static CreateIndexModel<BsonDocument> Index(string name, IndexKeysDefinition<BsonDocument> keys) =>
        new(keys, new CreateIndexOptions { Name = name });

    private static CreateIndexModel<BsonDocument> Unique(string name, IndexKeysDefinition<BsonDocument> keys) =>
        new(keys, new CreateIndexOptions { Name = name, Unique = true });

    /// <summary>Unique among the documents that have the field (a session without refresh tokens has none).</summary>
    private static CreateIndexModel<BsonDocument> UniqueWherePresent(string name, string field) =>
        new(
            Keys.Ascending(field),
            new CreateIndexOptions<BsonDocument>
            {
                Name = name,
                Unique = true,
                PartialFilterExpression = new BsonDocument(field, new BsonDocument("$exists", true)),
            });

    /// <summary>A TTL index: the server deletes a document once <paramref name="field"/> + <paramref name="after"/> has passed.</summary>
    private static CreateIndexModel<BsonDocument> ExpiresAfter(string name, string field, TimeSpan after) =>
        new(Keys.Ascending(field), new CreateIndexOptions { Name = name, ExpireAfter = after });
}
