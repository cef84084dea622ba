using Auth.Domain.Policies;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Users;

/// <summary>
/// What may only happen once someone proved the mailbox: the configured first admin gets the role, and a password
/// set by whoever signed up before that proof is not trusted.
/// </summary>
public sealed class UserFirstProofOfMailboxTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly BootstrapAdminPolicy BootstrapThisUser = new("ada@example.com");
    private static readonly BootstrapAdminPolicy NoBootstrapAdmin = new(AdminEmail: null);

    [Fact]
    public void RegisterLocal_WithTheBootstrapAdminEmail_IsAPlainUser()
    {
        Assert.Equal(Role.User, UserBuilder.Unverified().Build(Now).Role);
    }

    [Fact]
    public void VerifyEmail_OfTheBootstrapAdminEmail_MakesItAdmin()
    {
        var user = UserBuilder.Unverified().Build(Now);

        user.VerifyEmail(Now, BootstrapThisUser);

        Assert.Equal(Role.Admin, user.Role);
        Assert.Contains(user.DomainEvents, e => e is UserRoleChanged { To: Role.Admin });
    }

    [Fact]
    public void VerifyEmail_WhenAlreadyVerified_GrantsNothing_SoADemotedFirstAdminStaysDemoted()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.VerifyEmail(Now, BootstrapThisUser);

        Assert.Equal(Role.User, user.Role);
    }

    [Fact]
    public void CompleteCodeSignIn_AsTheFirstProof_DiscardsThePasswordAndSaysSo()
    {
        var user = UserBuilder.Unverified().Build(Now);

        var signedIn = user.CompleteCodeSignIn(Now, NoBootstrapAdmin);

        Assert.True(signedIn.Value.UnprovenPasswordDiscarded);
        Assert.False(user.HasPassword);
        Assert.True(user.IsEmailVerified);
        Assert.Contains(user.DomainEvents, e => e is UserUnprovenPasswordDiscarded);
    }

    [Fact]
    public void CompleteCodeSignIn_OnAVerifiedAccount_KeepsThePassword()
    {
        var user = UserBuilder.Verified().Build(Now);

        var signedIn = user.CompleteCodeSignIn(Now, NoBootstrapAdmin);

        Assert.False(signedIn.Value.UnprovenPasswordDiscarded);
        Assert.True(user.HasPassword);
        Assert.DoesNotContain(user.DomainEvents, e => e is UserUnprovenPasswordDiscarded);
    }

    [Fact]
    public void CompleteCodeSignIn_OfTheBootstrapAdminEmail_MakesItAdmin()
    {
        var user = UserBuilder.Unverified().Build(Now);

        user.CompleteCodeSignIn(Now, BootstrapThisUser);

        Assert.Equal(Role.Admin, user.Role);
    }
}
