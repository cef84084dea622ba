using Auth.Domain.Accounts;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Accounts;

/// <summary>A provider sign-in proves the first step only: whichever second factor the user has, it still waits for it.</summary>
public sealed class ProviderSignInSecondFactorTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    [Fact]
    public void Complete_WithTheAuthenticatorOn_AsksForTheSecondFactorWithoutSigningIn()
    {
        var user = UserBuilder.Verified().Build(Now);
        user.BeginTotpEnrolment("enc-secret", Now);
        user.ConfirmTotp(User.TotpStepAt(Now), RecoveryCodes.Of(["h1"]), Now);
        user.ClearDomainEvents();

        var result = ProviderSignIn.Complete(user, Later);

        Assert.Equal(SignInStep.SecondFactorRequired, result.Value);
        Assert.Null(user.LastSignInAt);
        Assert.Empty(user.DomainEvents.OfType<UserSignedIn>());
    }

    [Fact]
    public void Complete_WithOnlyAPendingEnrolment_SignsTheUserIn()
    {
        var user = UserBuilder.Verified().Build(Now);
        user.BeginTotpEnrolment("enc-secret", Now);

        var result = ProviderSignIn.Complete(user, Later);

        Assert.Equal(SignInStep.Completed, result.Value);
        Assert.Equal(Later, user.LastSignInAt);
    }
}
