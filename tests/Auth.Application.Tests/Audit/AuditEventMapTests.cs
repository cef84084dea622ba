using Auth.Application.Audit;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Accounts;
using Auth.Domain.Accounts.Events;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Application.Tests.Audit;

public sealed class AuditEventMapTests
{
    private static readonly DateTimeOffset Now = HandlerFixture.Start;
    private static readonly UserId User = UserId.New(Now);
    private static readonly SessionId Session = SessionId.New(Now);
    private static readonly AccountId Account = AccountId.New(Now);

    public static TheoryData<IDomainEvent, string, AuditOutcome, string?> Events => new()
    {
        { new UserRegistered(User, Now), AuditEventTypes.SignedUp, AuditOutcome.Success, null },
        { new UserEmailVerified(User, Now), AuditEventTypes.EmailVerified, AuditOutcome.Success, null },
        { new UserSignedIn(User, Now), AuditEventTypes.SignedIn, AuditOutcome.Success, null },
        { new UserLockedOut(User, Now.AddHours(24), Now), AuditEventTypes.LockedOut, AuditOutcome.Failure, "until 2026-03-03T09:00:00.0000000Z" },
        { new UserUnlocked(User, Now), AuditEventTypes.Unlocked, AuditOutcome.Success, null },
        { new UserPasswordChanged(User, Now), AuditEventTypes.PasswordChanged, AuditOutcome.Success, null },
        { new UserTwoFactorChanged(User, true, Now), AuditEventTypes.TwoFactorChanged, AuditOutcome.Success, "on" },
        { new UserRoleChanged(User, Role.User, Role.Admin, Now), AuditEventTypes.RoleChanged, AuditOutcome.Success, "user→admin" },
        { new UserDeleted(User, Now), AuditEventTypes.Deleted, AuditOutcome.Success, null },
        { new UserReactivated(User, Now), AuditEventTypes.Restored, AuditOutcome.Success, null },
        { new SessionRevoked(Session, User, SessionRevocationReason.RevokedByAdmin, Now), AuditEventTypes.SessionRevoked, AuditOutcome.Success, $"revoked_by_admin session={Session}" },
        { new RefreshTokenReuseDetected(Session, User, Now), AuditEventTypes.RefreshTokenReused, AuditOutcome.Failure, $"session={Session}" },
        { new ProviderSignedIn(Account, User, AuthProvider.Google, Now), AuditEventTypes.ProviderSignedIn, AuditOutcome.Success, "google" },
        { new AccountLinked(Account, User, AuthProvider.GitHub, "gh-123", Now), AuditEventTypes.AccountLinked, AuditOutcome.Success, "github" },
        { new AccountUnlinked(Account, User, AuthProvider.GitHub, "gh-123", Now), AuditEventTypes.AccountUnlinked, AuditOutcome.Success, "github" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Map_GivesEachSecurityEvent_ItsStableTypeOutcomeAndDetail(IDomainEvent domainEvent, string type, AuditOutcome outcome, string? detail)
    {
        var draft = AuditEventMap.Map(domainEvent);

        Assert.NotNull(draft);
        Assert.Equal((type, User, outcome, detail, Now), (draft.Type, draft.UserId, draft.Outcome, draft.Detail, draft.OccurredAt));
    }

    [Fact]
    public void Map_NeverCopiesTheProviderAccountId()
    {
        var draft = AuditEventMap.Map(new AccountLinked(Account, User, AuthProvider.GitHub, "gh-secretish-123", Now));

        Assert.DoesNotContain("gh-secretish-123", draft!.Detail ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryType_IsADottedSnakeCaseName_ThatFitsTheColumn()
    {
        var types = typeof(AuditEventTypes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(types.Count, types.Distinct().Count());
        Assert.All(types, t => Assert.Matches("^[a-z]+\\.[a-z_]+$", t));
        Assert.All(types, t => Assert.True(t.Length <= AuditEntry.MaxTypeLength));
    }
}
