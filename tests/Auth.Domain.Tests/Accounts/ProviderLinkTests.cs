using Auth.Domain.Accounts;
using Auth.Domain.Accounts.Events;
using Auth.Domain.Primitives;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Accounts;

/// <summary>A signed-in person links a provider account from their account page.</summary>
public sealed class ProviderLinkTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void Link_OfAnUnlinkedProviderAccount_WithAnotherEmail_LinksItToThePerson()
    {
        var user = UserBuilder.Verified().Build(Now);
        var identity = ProviderIdentities.GitHub(email: "ada.work@example.org", verified: false);

        var outcome = ProviderSignIn.LinkToSignedIn(identity, ProviderIdentities.Tokens, user, null, [], Now);

        Assert.True(outcome.Value.IsNewAccount);
        Assert.False(outcome.Value.IsNewUser);
        Assert.Equal(user.Id, outcome.Value.Account.UserId);
        Assert.Equal(AuthProvider.GitHub, outcome.Value.Account.Provider);
        Assert.Contains(outcome.Value.Account.DomainEvents, e => e is AccountLinked);
        Assert.Equal(ProviderIdentities.Email, user.Email.Value);
    }

    [Fact]
    public void Link_OfAProviderAccountThatSignsAnotherUserIn_IsRefused()
    {
        var other = UserBuilder.Verified().WithEmail("grace@example.com").Build(Now);
        var linked = ProviderIdentities.LinkedTo(other, ProviderIdentities.Google());
        var user = UserBuilder.Verified().Build(Now);

        var outcome = ProviderSignIn.LinkToSignedIn(ProviderIdentities.Google(), ProviderIdentities.Tokens, user, linked, [], Now);

        Assert.Equal(ErrorCodes.ProviderAccountInUse, outcome.Error?.Code);
    }

    [Fact]
    public void Link_OfASecondAccountOfTheSameProvider_IsRefused()
    {
        var user = UserBuilder.Verified().Build(Now);
        var first = ProviderIdentities.LinkedTo(user, ProviderIdentities.Google(id: "1001"));

        var outcome = ProviderSignIn.LinkToSignedIn(ProviderIdentities.Google(id: "2002"), ProviderIdentities.Tokens, user, null, [first], Now);

        Assert.Equal(ErrorCodes.ProviderAlreadyLinked, outcome.Error?.Code);
    }

    [Fact]
    public void Link_OfTheAccountAlreadyLinkedToThePerson_AddsNothing()
    {
        var user = UserBuilder.Verified().Build(Now);
        var linked = ProviderIdentities.LinkedTo(user, ProviderIdentities.Google());

        var outcome = ProviderSignIn.LinkToSignedIn(ProviderIdentities.Google(), ProviderIdentities.Tokens, user, linked, [linked], Now);

        Assert.False(outcome.Value.IsNewAccount);
        Assert.Same(linked, outcome.Value.Account);
    }

    [Fact]
    public void Link_ForADeletedAccount_IsRefused()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);

        var outcome = ProviderSignIn.LinkToSignedIn(ProviderIdentities.Google(), ProviderIdentities.Tokens, user, null, [], Now);

        Assert.Equal(ErrorCodes.AccountDeleted, outcome.Error?.Code);
    }
}
