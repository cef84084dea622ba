using Auth.Domain.Accounts;
using Auth.Domain.Accounts.Events;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Accounts;

/// <summary>The linking rules: which user a provider sign-in lands on, and when it is refused.</summary>
public sealed class ProviderSignInTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void FirstTime_WithNoUserOfThatEmail_RegistersAVerifiedProviderUserWithoutPassword_AndLinksTheAccount()
    {
        var outcome = ProviderSignIn.FirstTime(ProviderIdentities.Google(), ProviderIdentities.Tokens, null, [], Now);

        var (user, account) = (outcome.Value.User, outcome.Value.Account);
        Assert.True(outcome.Value.IsNewUser);
        Assert.True(outcome.Value.IsNewAccount);
        Assert.Equal(AuthProvider.Google, user.Provider);
        Assert.Equal("1001", user.ProviderId);
        Assert.True(user.IsEmailVerified);
        Assert.False(user.HasPassword);
        Assert.Equal("Ada Lovelace", user.Name.Value);
        Assert.Equal("https://lh3.example.com/a.png", user.Avatar?.Url);
        Assert.Equal(user.Id, account.UserId);
        Assert.Equal(Now, account.LastSignInAt);
        Assert.Contains(user.DomainEvents, e => e is UserRegistered);
        Assert.Collection(account.DomainEvents, e => Assert.IsType<AccountLinked>(e), e => Assert.IsType<ProviderSignedIn>(e));
    }

    [Fact]
    public void FirstTime_WithAVerifiedLocalUserOfThatEmail_LinksToThatUser_AndCreatesNoUser()
    {
        var local = UserBuilder.Verified().Build(Now);

        var outcome = ProviderSignIn.FirstTime(ProviderIdentities.Google(), ProviderIdentities.Tokens, local, [], Now);

        Assert.Same(local, outcome.Value.User);
        Assert.False(outcome.Value.IsNewUser);
        Assert.True(outcome.Value.IsNewAccount);
        Assert.Equal(local.Id, outcome.Value.Account.UserId);
        Assert.True(local.HasPassword);
        Assert.Equal(AuthProvider.Local, local.Provider);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FirstTime_WhenTheProviderDoesNotVouchForTheEmail_IsRefused_WhetherOrNotAUserHasIt(bool userExists)
    {
        var local = userExists ? UserBuilder.Verified().Build(Now) : null;

        var outcome = ProviderSignIn.FirstTime(ProviderIdentities.Google(verified: false), ProviderIdentities.Tokens, local, [], Now);

        Assert.Equal("provider_email_not_verified", outcome.Error?.Code);
        Assert.Empty(local?.DomainEvents ?? []);
    }

    [Fact]
    public void FirstTime_WithoutAnyEmail_IsRefused()
    {
        var identity = ProviderIdentities.GitHub() with { Email = null };

        Assert.Equal("provider_email_not_verified", ProviderSignIn.FirstTime(identity, ProviderIdentities.Tokens, null, [], Now).Error?.Code);
    }

    [Fact]
    public void FirstTime_WithALocalUserWhoNeverVerifiedTheEmail_IsRefused_SoASquatterCannotReceiveTheAccount()
    {
        var squatter = UserBuilder.Unverified().Build(Now);

        var outcome = ProviderSignIn.FirstTime(ProviderIdentities.Google(), ProviderIdentities.Tokens, squatter, [], Now);

        Assert.Equal("email_not_verified", outcome.Error?.Code);
    }

    [Fact]
    public void FirstTime_WhenTheUserAlreadyHasAnotherAccountOfThatProvider_IsRefused()
    {
        var local = UserBuilder.Verified().Build(Now);
        var existing = ProviderIdentities.LinkedTo(local, ProviderIdentities.Google(id: "1001"));

        var outcome = ProviderSignIn.FirstTime(ProviderIdentities.Google(id: "2002"), ProviderIdentities.Tokens, local, [existing], Now);

        Assert.Equal("provider_already_linked", outcome.Error?.Code);
    }

    [Fact]
    public void FirstTime_WithAnAccountOfAnotherProvider_LinksTheSecondProvider()
    {
        var local = UserBuilder.Verified().Build(Now);
        var google = ProviderIdentities.LinkedTo(local, ProviderIdentities.Google());

        var outcome = ProviderSignIn.FirstTime(ProviderIdentities.GitHub(), ProviderIdentities.Tokens, local, [google], Now);

        Assert.Equal(AuthProvider.GitHub, outcome.Value.Account.Provider);
    }

    [Fact]
    public void FirstTime_WithADeletedUserOfThatEmail_IsRefusedAsDeleted()
    {
        var deleted = UserBuilder.Verified().Deleted().Build(Now);

        Assert.Equal("account_deleted", ProviderSignIn.FirstTime(ProviderIdentities.Google(), ProviderIdentities.Tokens, deleted, [], Now).Error?.Code);
    }

    [Fact]
    public void Returning_SignsTheOwnerIn_AndRecordsTheSignInOnTheAccount()
    {
        var owner = UserBuilder.Verified().Build(Now);
        var account = ProviderIdentities.LinkedTo(owner, ProviderIdentities.Google());

        var outcome = ProviderSignIn.Returning(account, owner, ProviderIdentities.Tokens, Now.AddDays(1));

        Assert.Same(owner, outcome.Value.User);
        Assert.False(outcome.Value.IsNewUser);
        Assert.False(outcome.Value.IsNewAccount);
        Assert.Equal(Now.AddDays(1), account.LastSignInAt);
    }

    [Fact]
    public void Returning_ForADeletedOwner_IsRefused_AndRecordsNothing()
    {
        var deleted = UserBuilder.Verified().Deleted().Build(Now);
        var deletedAccount = ProviderIdentities.LinkedTo(deleted, ProviderIdentities.Google());

        Assert.Equal("account_deleted", ProviderSignIn.Returning(deletedAccount, deleted, ProviderIdentities.Tokens, Now).Error?.Code);
        Assert.Null(deletedAccount.LastSignInAt);
    }

    [Fact]
    public void Returning_AndComplete_ForAnOwnerWhosePasswordIsLocked_SignIn_AndLeaveTheLockAlone()
    {
        var locked = UserBuilder.Verified().LockedOut().Build(Now);
        var lockedUntil = locked.LockedUntil;
        var account = ProviderIdentities.LinkedTo(locked, ProviderIdentities.Google());

        Assert.True(ProviderSignIn.Returning(account, locked, ProviderIdentities.Tokens, Now).IsSuccess);
        Assert.Equal(SignInStep.Completed, ProviderSignIn.Complete(locked, Now).Value);
        Assert.Equal(Now, locked.LastSignInAt);
        Assert.Equal(lockedUntil, locked.LockedUntil);
        Assert.True(locked.IsLockedAt(Now));
    }

    [Fact]
    public void Complete_SignsTheUserIn_OrAsksForTheSecondFactor()
    {
        var plain = UserBuilder.Verified().Build(Now);
        var twoFactor = UserBuilder.Verified().Build(Now);
        twoFactor.SetTwoFactor(true, Now);

        Assert.Equal(SignInStep.Completed, ProviderSignIn.Complete(plain, Now).Value);
        Assert.Equal(Now, plain.LastSignInAt);
        Assert.Equal(SignInStep.SecondFactorRequired, ProviderSignIn.Complete(twoFactor, Now).Value);
        Assert.Null(twoFactor.LastSignInAt);
    }

    [Fact]
    public void Complete_ForADeletedUser_IsRefused()
    {
        Assert.Equal("account_deleted", ProviderSignIn.Complete(UserBuilder.Verified().Deleted().Build(Now), Now).Error?.Code);
    }
}
