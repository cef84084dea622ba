using Auth.Application.Behaviors;
using Auth.Application.Sessions.SignOut;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Accounts;
using Auth.Domain.Accounts.Events;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Application.Tests.Audit;

public sealed class SecurityNoticeBehaviorTests
{
    private static readonly DateTimeOffset Now = HandlerFixture.Start;

    private readonly RecordingUnitOfWork _unitOfWork = new();
    private readonly InMemoryUserRepository _users = new();
    private readonly RecordingMailOutbox _mail = new();
    private readonly User _user = UserBuilder.Verified().Build(HandlerFixture.Start);

    public SecurityNoticeBehaviorTests() => _users.Add(_user);

    public static TheoryData<string, string> Notices => new()
    {
        { nameof(UserPasswordChanged), "Your password was changed" },
        { nameof(UserTwoFactorChanged), "Two-step sign-in was turned off" },
        { nameof(UserLockedOut), "Your account was locked" },
        { nameof(AccountLinked), "GitHub sign-in was added" },
        { nameof(AccountUnlinked), "Google sign-in was removed" },
    };

    [Theory]
    [MemberData(nameof(Notices))]
    public async Task AChangeToHowTheOwnerSignsIn_QueuesANoticeToTheirEmail(string eventName, string subject)
    {
        await Raising(Event(eventName));

        var mail = Assert.Single(_mail.Sent);
        Assert.Equal((UserBuilder.DefaultEmail, subject), (mail.To, mail.Subject));
        Assert.Contains("2026-03-02 09:00 UTC", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("reset your password", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProviderOnlyOwner_IsNeverToldToResetAPasswordTheyDoNotHave()
    {
        var providerOnly = UserBuilder.FromProvider(AuthProvider.Google).WithEmail("grace@example.com").Build(Now);
        _users.Add(providerOnly);

        await Raising(new AccountLinked(AccountId.New(Now), providerOnly.Id, AuthProvider.GitHub, "gh-1", Now));

        var mail = Assert.Single(_mail.Sent);
        Assert.Equal("grace@example.com", mail.To);
        Assert.DoesNotContain("password", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure the Google or GitHub account", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherEvents_QueueNothing()
    {
        await Raising(new UserSignedIn(_user.Id, Now), new UserEmailVerified(_user.Id, Now));

        Assert.Empty(_mail.Sent);
    }

    private IDomainEvent Event(string name) => name switch
    {
        nameof(UserPasswordChanged) => new UserPasswordChanged(_user.Id, Now),
        nameof(UserTwoFactorChanged) => new UserTwoFactorChanged(_user.Id, false, Now),
        nameof(UserLockedOut) => new UserLockedOut(_user.Id, Now.AddHours(24), Now),
        nameof(AccountLinked) => new AccountLinked(AccountId.New(Now), _user.Id, AuthProvider.GitHub, "gh-1", Now),
        nameof(AccountUnlinked) => new AccountUnlinked(AccountId.New(Now), _user.Id, AuthProvider.Google, "g-1", Now),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private async Task Raising(params IDomainEvent[] events)
    {
        _unitOfWork.Pending.AddRange(events);
        await new SecurityNoticeBehavior<SignOutCommand, Result>(_unitOfWork, _users, _mail)
            .Handle(new SignOutCommand(SessionId.New(Now)), (_, _) => ValueTask.FromResult(Result.Success), HandlerFixture.Ct);
    }
}
