using Auth.Domain.Accounts;
using Auth.Domain.Primitives;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Accounts;

/// <summary>The app's code from the hosted pages: the person passed both steps there, so only a deleted account stops it.</summary>
public sealed class HostedPagesHandoffTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly DateTimeOffset Later = Now.AddMinutes(1);

    [Fact]
    public void Complete_WithTheAuthenticatorOn_SignsInWithoutAskingAgain()
    {
        var user = UserBuilder.Verified().Build(Now);
        user.BeginTotpEnrolment("enc-secret", Now);
        user.ConfirmTotp(User.TotpStepAt(Now), RecoveryCodes.Of(["h1"]), Now);

        var result = HostedPagesHandoff.Complete(user, Later);

        Assert.Equal(SignInStep.Completed, result.Value);
        Assert.Equal(Later, user.LastSignInAt);
    }

    [Fact]
    public void Complete_ForAnAccountDeletedMeanwhile_IsRefused()
    {
        var user = UserBuilder.Verified().Deleted().Build(Now);

        var result = HostedPagesHandoff.Complete(user, Later);

        Assert.Equal(ErrorCodes.AccountDeleted, result.Error?.Code);
        Assert.Null(user.LastSignInAt);
    }
}
