using Auth.Application.Abstractions.Security;
using Auth.Application.Tests.TestSupport;

namespace Auth.Application.Tests.Users;

public sealed class CredentialCheckTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task ARetryInTheSameScope_AgainstTheSameStoredHash_DoesNotHashAgain()
    {
        _fx.Given(UserBuilder.Verified());
        var password = UserBuilder.DefaultPassword;

        var first = await _fx.CredentialCheck.CheckAsync(UserBuilder.DefaultEmail, password, HandlerFixture.Ct);
        var retry = await _fx.CredentialCheck.CheckAsync(UserBuilder.DefaultEmail, password, HandlerFixture.Ct);

        Assert.Equal(PasswordVerification.Succeeded, first.Verification);
        Assert.Equal(PasswordVerification.Succeeded, retry.Verification);
        Assert.Single(_fx.Hasher.Verifications);
    }

    [Fact]
    public async Task AfterTheStoredHashChanged_ThePasswordIsCheckedAgain()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var password = UserBuilder.DefaultPassword;
        await _fx.CredentialCheck.CheckAsync(UserBuilder.DefaultEmail, password, HandlerFixture.Ct);

        user.ChangePassword(TestPasswordHash.Of("a different passphrase"), _fx.Now);
        var retry = await _fx.CredentialCheck.CheckAsync(UserBuilder.DefaultEmail, password, HandlerFixture.Ct);

        Assert.Equal(PasswordVerification.Failed, retry.Verification);
        Assert.Equal(2, _fx.Hasher.Verifications.Count);
    }
}
