using Auth.Domain.Accounts;
using Auth.Domain.Accounts.Events;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Accounts;

public sealed class AccountTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void Link_KeepsTheProviderAccountAndItsProtectedTokens_AndRaisesAccountLinked()
    {
        var user = UserBuilder.Verified().Build(Now);

        var account = Account.Link(user.Id, ProviderIdentities.Google(), ProviderIdentities.Tokens, Now);

        Assert.Equal(user.Id, account.UserId);
        Assert.Equal(AuthProvider.Google, account.Provider);
        Assert.Equal("1001", account.ProviderAccountId);
        Assert.Equal("v1.access", account.AccessToken);
        Assert.Equal("v1.refresh", account.RefreshToken);
        Assert.Equal("openid email", account.Scope);
        Assert.Equal(Now, account.LinkedAt);
        var linked = Assert.IsType<AccountLinked>(Assert.Single(account.DomainEvents));
        Assert.Equal((account.Id, user.Id, AuthProvider.Google, "1001"), (linked.AccountId, linked.UserId, linked.Provider, linked.ProviderAccountId));
    }

    [Fact]
    public void Link_OfALocalIdentity_OrAnEmptyOrOversizedId_IsAProgrammingError()
    {
        var user = UserBuilder.Verified().Build(Now);

        Assert.Throws<ArgumentException>(() => Account.Link(user.Id, ProviderIdentities.Google() with { Provider = AuthProvider.Local }, ProviderIdentities.Tokens, Now));
        Assert.Throws<ArgumentException>(() => Account.Link(user.Id, ProviderIdentities.Google(id: " "), ProviderIdentities.Tokens, Now));
        Assert.Throws<ArgumentException>(() => Account.Link(user.Id, ProviderIdentities.Google(id: new string('9', 256)), ProviderIdentities.Tokens, Now));
    }

    [Fact]
    public void RecordSignIn_ReplacesTheTokens_ButKeepsTheRefreshTokenWhenNoNewOneCame_AndRaisesProviderSignedIn()
    {
        var user = UserBuilder.Verified().Build(Now);
        var account = ProviderIdentities.LinkedTo(user, ProviderIdentities.Google());
        var later = Now.AddDays(1);

        account.RecordSignIn(new ProtectedProviderTokens("v1.access-2", null, later.AddHours(1), "openid"), later);

        Assert.Equal("v1.access-2", account.AccessToken);
        Assert.Equal("v1.refresh", account.RefreshToken);
        Assert.Equal(later.AddHours(1), account.AccessTokenExpiresAt);
        Assert.Equal(later, account.LastSignInAt);
        Assert.Equal(later, account.UpdatedAt);
        var signedIn = Assert.IsType<ProviderSignedIn>(Assert.Single(account.DomainEvents));
        Assert.Equal((account.Id, user.Id, later), (signedIn.AccountId, signedIn.UserId, signedIn.OccurredAt));
    }

    [Fact]
    public void Unlink_WhenTheOwnerHasAPassword_Succeeds_AndRaisesAccountUnlinked()
    {
        var user = UserBuilder.Verified().Build(Now);
        var account = ProviderIdentities.LinkedTo(user, ProviderIdentities.Google());

        var result = account.Unlink(user, [account], Now);

        Assert.True(result.IsSuccess);
        var unlinked = Assert.IsType<AccountUnlinked>(Assert.Single(account.DomainEvents));
        Assert.Equal((user.Id, AuthProvider.Google, "1001"), (unlinked.UserId, unlinked.Provider, unlinked.ProviderAccountId));
    }

    [Fact]
    public void Unlink_WhenTheOwnerHasNoPasswordButAnotherAccount_Succeeds()
    {
        var (user, google) = ProviderUser();
        var github = ProviderIdentities.LinkedTo(user, ProviderIdentities.GitHub());

        Assert.True(google.Unlink(user, [google, github], Now).IsSuccess);
    }

    [Fact]
    public void Unlink_DemandsANewVersionOfTheOwner_SoTwoRacingUnlinksConflict()
    {
        var (user, google) = ProviderUser();
        var github = ProviderIdentities.LinkedTo(user, ProviderIdentities.GitHub());
        user.ClearDomainEvents();

        google.Unlink(user, [google, github], Now);

        Assert.True(user.NeedsNewVersion);
    }

    [Fact]
    public void Unlink_TheLastWayToSignIn_IsRefused_AndRaisesNothing()
    {
        var (user, google) = ProviderUser();

        var result = google.Unlink(user, [google], Now);

        Assert.Equal("last_sign_in_method", result.Error?.Code);
        Assert.Empty(google.DomainEvents);
    }

    [Fact]
    public void Unlink_CountsOnlyTheOwnersOtherAccounts()
    {
        var (user, google) = ProviderUser();
        var stranger = UserBuilder.Verified().Build(Now);
        var strangersAccount = ProviderIdentities.LinkedTo(stranger, ProviderIdentities.GitHub());

        Assert.Equal("last_sign_in_method", google.Unlink(user, [google, strangersAccount], Now).Error?.Code);
    }

    [Fact]
    public void Unlink_WithAnotherUserAsOwner_IsAProgrammingError()
    {
        var (_, google) = ProviderUser();

        Assert.Throws<ArgumentException>(() => google.Unlink(UserBuilder.Verified().Build(Now), [google], Now));
    }

    private static (User User, Account Account) ProviderUser()
    {
        var outcome = ProviderSignIn.FirstTime(ProviderIdentities.Google(), ProviderIdentities.Tokens, null, [], Now).Value;
        outcome.User.ClearDomainEvents();
        outcome.Account.ClearDomainEvents();
        return (outcome.User, outcome.Account);
    }
}
