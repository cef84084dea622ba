using Auth.Domain.Accounts.Events;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Application.Audit;

/// <summary>
/// Which domain events are audited, under which type, outcome and detail. Events carry ids and names only, never
/// secrets, and the detail is built from those. Events not listed here are not audited.
/// </summary>
public static class AuditEventMap
{
    /// <summary>An entry without the request's ip and user agent (the behaviour adds them).</summary>
    public sealed record Draft(string Type, UserId UserId, AuditOutcome Outcome, string? Detail, DateTimeOffset OccurredAt);

    public static Draft? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        UserRegistered e => Success(AuditEventTypes.SignedUp, e.UserId, null, e.OccurredAt),
        UserEmailVerified e => Success(AuditEventTypes.EmailVerified, e.UserId, null, e.OccurredAt),
        UserSignedIn e => Success(AuditEventTypes.SignedIn, e.UserId, null, e.OccurredAt),
        UserLockedOut e => Failure(AuditEventTypes.LockedOut, e.UserId, $"until {e.LockedUntil.UtcDateTime:O}", e.OccurredAt),
        UserUnlocked e => Success(AuditEventTypes.Unlocked, e.UserId, null, e.OccurredAt),
        UserPasswordChanged e => Success(AuditEventTypes.PasswordChanged, e.UserId, null, e.OccurredAt),
        UserUnprovenPasswordDiscarded e => Success(AuditEventTypes.UnprovenPasswordDiscarded, e.UserId, null, e.OccurredAt),
        UserTwoFactorChanged e => Success(AuditEventTypes.TwoFactorChanged, e.UserId, e.Enabled ? "on" : "off", e.OccurredAt),
        UserTotpEnabled e => Success(AuditEventTypes.TotpEnabled, e.UserId, null, e.OccurredAt),
        UserTotpDisabled e => Success(AuditEventTypes.TotpDisabled, e.UserId, null, e.OccurredAt),
        PasskeyAdded e => Success(AuditEventTypes.PasskeyAdded, e.UserId, $"passkey={e.PasskeyId}", e.OccurredAt),
        PasskeyRemoved e => Success(AuditEventTypes.PasskeyRemoved, e.UserId, $"passkey={e.PasskeyId}", e.OccurredAt),
        PasskeyCounterRegressed e => Failure(
            AuditEventTypes.PasskeyCounterRegressed, e.UserId, $"passkey={e.PasskeyId} stored={e.StoredCount} presented={e.PresentedCount}", e.OccurredAt),
        UserRecoveryCodeUsed e => Success(AuditEventTypes.RecoveryCodeUsed, e.UserId, $"left={e.CodesLeft}", e.OccurredAt),
        UserSecondFactorsReset e => Success(AuditEventTypes.SecondFactorsReset, e.UserId, null, e.OccurredAt),
        UserRecoveryCodesRegenerated e => Success(AuditEventTypes.RecoveryCodesRegenerated, e.UserId, null, e.OccurredAt),
        SignInChallengeExhausted e => Failure(AuditEventTypes.SignInChallengeExhausted, e.UserId, $"challenge={e.ChallengeId}", e.OccurredAt),
        UserRoleChanged e => Success(AuditEventTypes.RoleChanged, e.UserId, $"{e.From.ToWireName()}→{e.To.ToWireName()}", e.OccurredAt),
        UserDeleted e => Success(AuditEventTypes.Deleted, e.UserId, null, e.OccurredAt),
        UserReactivated e => Success(AuditEventTypes.Restored, e.UserId, null, e.OccurredAt),
        SessionRevoked e => Success(AuditEventTypes.SessionRevoked, e.UserId, $"{e.Reason.ToWireName()} session={e.SessionId}", e.OccurredAt),
        RefreshTokenReuseDetected e => Failure(AuditEventTypes.RefreshTokenReused, e.UserId, $"session={e.SessionId}", e.OccurredAt),
        ProviderSignedIn e => Success(AuditEventTypes.ProviderSignedIn, e.UserId, e.Provider.ToWireName(), e.OccurredAt),
        AccountLinked e => Success(AuditEventTypes.AccountLinked, e.UserId, e.Provider.ToWireName(), e.OccurredAt),
        AccountUnlinked e => Success(AuditEventTypes.AccountUnlinked, e.UserId, e.Provider.ToWireName(), e.OccurredAt),
        _ => null,
    };

    /// <summary>The user an event is about, for events that name one (audited or not).</summary>
    public static UserId? UserOf(IDomainEvent domainEvent) => Map(domainEvent)?.UserId;

    private static Draft Success(string type, UserId userId, string? detail, DateTimeOffset at) => new(type, userId, AuditOutcome.Success, detail, at);

    private static Draft Failure(string type, UserId userId, string? detail, DateTimeOffset at) => new(type, userId, AuditOutcome.Failure, detail, at);
}
