using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Users;

public sealed class UserRegistrationTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly PersonName Name = PersonName.Create("Ada Lovelace").Value;
    private static readonly EmailAddress Email = EmailAddress.Create("ada@example.com").Value;

    [Fact]
    public void RegisterLocal_KeepsNameEmailAndPasswordHash_AndRaisesUserRegistered()
    {
        var user = User.RegisterLocal(Name, Email, UserBuilder.DefaultPasswordHash, Now);

        Assert.Equal(Name, user.Name);
        Assert.Equal(Email, user.Email);
        Assert.Equal(UserBuilder.DefaultPasswordHash, user.PasswordHash);
        Assert.True(user.HasPassword);
        Assert.Equal(AuthProvider.Local, user.Provider);
        Assert.Null(user.ProviderId);
        Assert.Equal(Role.User, user.Role);
        Assert.False(user.IsEmailVerified);
        Assert.False(user.TwoFactorEnabled);
        Assert.False(user.IsDeleted);
        Assert.Equal(0, user.FailedSignInCount);
        Assert.Null(user.LastSignInAt);
        Assert.Equal(Now, user.CreatedAt);
        Assert.Equal(Now, user.UpdatedAt);
        var registered = Assert.IsType<UserRegistered>(Assert.Single(user.DomainEvents));
        Assert.Equal(user.Id, registered.UserId);
    }

    [Fact]
    public void RegisterLocal_TwiceAtTheSameInstant_GivesDistinctIds()
    {
        var first = User.RegisterLocal(Name, Email, UserBuilder.DefaultPasswordHash, Now);
        var second = User.RegisterLocal(Name, Email, UserBuilder.DefaultPasswordHash, Now);

        Assert.NotEqual(first.Id, second.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void RegisterLocal_WithoutAPasswordHash_IsAProgrammingErrorAndThrows(string? hash)
    {
        Assert.ThrowsAny<ArgumentException>(() => User.RegisterLocal(Name, Email, hash!, Now));
    }

    [Theory]
    [InlineData(AuthProvider.Google)]
    [InlineData(AuthProvider.GitHub)]
    public void RegisterFromProvider_HasNoPasswordAndKeepsTheProviderId(AuthProvider provider)
    {
        var user = User.RegisterFromProvider(Name, Email, provider, "1234567890", emailVerified: true, Now);

        Assert.Null(user.PasswordHash);
        Assert.False(user.HasPassword);
        Assert.Equal(provider, user.Provider);
        Assert.Equal("1234567890", user.ProviderId);
        Assert.Equal(Role.User, user.Role);
        Assert.IsType<UserRegistered>(Assert.Single(user.DomainEvents));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RegisterFromProvider_TakesEmailVerificationFromTheProvider(bool emailVerified)
    {
        var user = User.RegisterFromProvider(Name, Email, AuthProvider.GitHub, "42", emailVerified, Now);

        Assert.Equal(emailVerified, user.IsEmailVerified);
    }

    [Fact]
    public void RegisterFromProvider_WithLocal_IsAProgrammingErrorAndThrows()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => User.RegisterFromProvider(Name, Email, AuthProvider.Local, "42", emailVerified: true, Now));

        Assert.Equal("provider", exception.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void RegisterFromProvider_WithoutAProviderId_IsAProgrammingErrorAndThrows(string? providerId)
    {
        Assert.ThrowsAny<ArgumentException>(
            () => User.RegisterFromProvider(Name, Email, AuthProvider.Google, providerId!, emailVerified: true, Now));
    }
}
