using Auth.Domain.Policies;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Users;

public sealed class UserDeletionTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly DateTimeOffset WindowOpens = Now.AddHours(24);

    [Fact]
    public void SoftDelete_MarksTheAccountDeletedAndOpensReactivationAfter24Hours()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.SoftDelete(Now, ReactivationPolicy.Default);

        Assert.True(user.IsDeleted);
        Assert.Equal(Now, user.DeletedAt);
        Assert.Equal(WindowOpens, user.ReactivateAvailableAt);
        var deleted = Assert.IsType<UserDeleted>(Assert.Single(user.DomainEvents));
        Assert.Equal(Now, deleted.OccurredAt);
    }

    [Fact]
    public void DeleteByOwner_WithTheRightPassword_Deletes()
    {
        var user = UserBuilder.Verified().Build(Now);

        Assert.True(user.DeleteByOwner(passwordMatches: true, LockoutPolicy.Default, ReactivationPolicy.Default, Now).IsSuccess);
        Assert.True(user.IsDeleted);
    }

    [Fact]
    public void DeleteByOwner_WithAWrongPassword_CountsTheFailureAndKeepsTheAccount()
    {
        var user = UserBuilder.Verified().Build(Now);

        var result = user.DeleteByOwner(passwordMatches: false, LockoutPolicy.Default, ReactivationPolicy.Default, Now);

        Assert.Equal("invalid_credentials", result.Error?.Code);
        Assert.False(user.IsDeleted);
        Assert.Equal(1, user.FailedSignInCount);
    }

    [Fact]
    public void DeleteByOwner_OfAnAccountWithoutPassword_NeedsNone()
    {
        var user = User.RegisterFromProvider(PersonName.FromTrusted("Grace Hopper"), EmailAddress.FromTrusted("grace@example.com"), AuthProvider.Google, "1", true, Now);

        Assert.True(user.DeleteByOwner(passwordMatches: false, LockoutPolicy.Default, ReactivationPolicy.Default, Now).IsSuccess);
        Assert.True(user.IsDeleted);
    }

    [Fact]
    public void SoftDelete_WithACustomPolicy_UsesItsDelay()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.SoftDelete(Now, new ReactivationPolicy(TimeSpan.FromMinutes(1)));

        Assert.Equal(Now.AddMinutes(1), user.ReactivateAvailableAt);
    }

    [Fact]
    public void SoftDelete_Twice_KeepsTheFirstWindowAndRaisesOnce()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);

        user.SoftDelete(Now.AddHours(12), ReactivationPolicy.Default);

        Assert.Equal(Now, user.DeletedAt);
        Assert.Equal(WindowOpens, user.ReactivateAvailableAt);
        Assert.Empty(user.DomainEvents);
    }

    [Fact]
    public void Reactivate_BeforeTheWindowOpens_ReturnsAccountDeletedWithReactivateAvailableAt()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);

        var result = user.Reactivate(WindowOpens - TimeSpan.FromSeconds(1));

        Assert.Equal("account_deleted", result.Error?.Code);
        Assert.Equal(WindowOpens, Assert.IsType<DateTimeOffset>(result.Error!.Details["reactivateAvailableAt"]));
        Assert.True(user.IsDeleted);
        Assert.Empty(user.DomainEvents);
    }

    [Fact]
    public void Reactivate_ExactlyWhenTheWindowOpens_SucceedsAndClearsTheDeletion()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);

        var result = user.Reactivate(WindowOpens);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.False(user.IsDeleted);
        Assert.Null(user.DeletedAt);
        Assert.Null(user.ReactivateAvailableAt);
        var reactivated = Assert.IsType<UserReactivated>(Assert.Single(user.DomainEvents));
        Assert.Equal(WindowOpens, reactivated.OccurredAt);
    }

    [Fact]
    public void Reactivate_AfterTheWindowOpened_LetsTheOwnerSignInAgain()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);
        var later = Now.AddDays(10);

        var result = user.Reactivate(later);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.False(user.IsDeleted);
        Assert.True(user.EnsureCanSignIn(later, requireVerifiedEmail: true).IsSuccess);
    }

    [Fact]
    public void Reactivate_WhenNotDeleted_ReturnsAccountNotDeleted()
    {
        var user = UserBuilder.Verified().Build(Now);

        var result = user.Reactivate(Now.AddDays(2));

        Assert.Equal("account_not_deleted", result.Error?.Code);
        Assert.Empty(user.DomainEvents);
    }

    [Fact]
    public void Reactivate_Twice_ReturnsAccountNotDeletedTheSecondTime()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);
        user.Reactivate(WindowOpens);

        Assert.Equal("account_not_deleted", user.Reactivate(WindowOpens.AddMinutes(1)).Error?.Code);
    }

    [Fact]
    public void Restore_ByAnAdministratorBeforeTheWindowOpens_BringsTheAccountBack()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);

        user.Restore(Now.AddMinutes(5));

        Assert.False(user.IsDeleted);
        Assert.Null(user.DeletedAt);
        Assert.Null(user.ReactivateAvailableAt);
        Assert.IsType<UserReactivated>(Assert.Single(user.DomainEvents));
        Assert.True(user.EnsureCanSignIn(Now.AddMinutes(5), requireVerifiedEmail: true).IsSuccess);
    }

    [Fact]
    public void Restore_WhenNotDeleted_ChangesNothing()
    {
        var user = UserBuilder.Verified().Build(Now);

        user.Restore(Now.AddMinutes(5));

        Assert.False(user.IsDeleted);
        Assert.Equal(Now, user.UpdatedAt);
        Assert.Empty(user.DomainEvents);
    }
}
