using Auth.Infrastructure.Persistence.Mongo.Accounts;
using Auth.Infrastructure.Persistence.Mongo.Audit;
using Auth.Infrastructure.Persistence.Mongo.KeyMaterial;
using Auth.Infrastructure.Persistence.Mongo.MailOutbox;
using Auth.Infrastructure.Persistence.Mongo.OneTimePasswords;
using Auth.Infrastructure.Persistence.Mongo.Sessions;
using Auth.Infrastructure.Persistence.Mongo.Users;
using Auth.Infrastructure.Persistence.Mongo.Verifications;

namespace Auth.Infrastructure.Persistence.Mongo;

/// <summary>
/// Registers every class map, once per process, whoever asks first (the driver's registry is global and refuses a
/// second registration). <see cref="AuthMongoDatabase"/> asks before any document is read or written, so the
/// driver never falls back to automapping a domain type.
/// </summary>
internal static class MongoClassMaps
{
    private static readonly Lock Gate = new();
    private static volatile bool _registered;

    public static void EnsureRegistered()
    {
        if (_registered) return;
        lock (Gate)
        {
            if (_registered) return;
            UserClassMap.Register();
            OtpClassMap.Register();
            SessionClassMap.Register();
            SignInChallengeClassMap.Register();
            PasskeyClassMaps.Register();
            RefreshTokenClassMap.Register();
            KeyMaterialClassMaps.Register();
            AccountClassMap.Register();
            VerificationClassMap.Register();
            AuditEntryClassMap.Register();
            QueuedMailClassMap.Register();
            _registered = true;
        }
    }
}
