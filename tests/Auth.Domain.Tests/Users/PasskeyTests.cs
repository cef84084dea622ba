using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Tests.Users;

/// <summary>The passkey rules the domain owns: naming, the signature counter, the challenge's single use and life, and the last way to sign in.</summary>
public sealed class PasskeyTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;

    [Fact]
    public void Register_CountsThePasskeyOnItsOwner_AndRaisesPasskeyAdded()
    {
        var owner = UserBuilder.Verified().Build(Now);

        var passkey = Passkey.Register(owner, "handle", Credential(signCount: 3), "  Laptop ", Now).Value;

        Assert.Equal((owner.Id, "Laptop", 3L, "internal,hybrid", 1), (passkey.UserId, passkey.Name, passkey.SignCount, passkey.Transports, owner.PasskeyCount));
        Assert.IsType<PasskeyAdded>(Assert.Single(passkey.DomainEvents));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("an extremely long name for a passkey that goes on and on and on beyond sixty-four")]
    public void Register_WithoutAUsableName_IsRefused_AndCountsNothing(string? name)
    {
        var owner = UserBuilder.Verified().Build(Now);

        var result = Passkey.Register(owner, "handle", Credential(), name, Now);

        Assert.Equal(ErrorCodes.ValidationFailed, result.Error!.Code);
        Assert.Equal(0, owner.PasskeyCount);
    }

    [Theory]
    [InlineData(5, 6, true)]
    [InlineData(5, 5, false)]
    [InlineData(5, 2, false)]
    [InlineData(5, 0, false)]
    [InlineData(0, 0, true)]
    [InlineData(0, 1, true)]
    public void RecordSignIn_AcceptsOnlyACounterThatMovedForward_OrAnAuthenticatorWithoutOne(long stored, long presented, bool accepted)
    {
        var passkey = Passkey.Register(UserBuilder.Verified().Build(Now), "handle", Credential(signCount: stored), "Laptop", Now).Value;
        passkey.ClearDomainEvents();

        var result = passkey.RecordSignIn(presented, backedUp: false, Now);

        Assert.Equal(accepted, result.IsSuccess);
        Assert.Equal(accepted ? presented : stored, passkey.SignCount);
        if (accepted) Assert.Equal(Now, passkey.LastUsedAt);
        else Assert.IsType<PasskeyCounterRegressed>(Assert.Single(passkey.DomainEvents));
    }

    [Fact]
    public void Remove_TheLastWayToSignIn_IsRefused_ButWithAPasswordALinkedProviderOrAnotherPasskeyItGoes()
    {
        var passwordless = UserBuilder.FromProvider(AuthProvider.Google).Build(Now);
        var only = Passkey.Register(passwordless, "handle", Credential(), "Only", Now).Value;

        Assert.Equal(ErrorCodes.LastSignInMethod, only.Remove(passwordless, linkedAccounts: 0, Now).Error!.Code);
        Assert.True(only.Remove(passwordless, linkedAccounts: 1, Now).IsSuccess);

        var withTwo = UserBuilder.FromProvider(AuthProvider.Google).Build(Now);
        var first = Passkey.Register(withTwo, "handle", Credential(), "First", Now).Value;
        Passkey.Register(withTwo, "handle", Credential(), "Second", Now);
        Assert.True(first.Remove(withTwo, linkedAccounts: 0, Now).IsSuccess);
        Assert.Equal(1, withTwo.PasskeyCount);
        Assert.True(withTwo.NeedsNewVersion);

        var withPassword = UserBuilder.Verified().Build(Now);
        Assert.True(Passkey.Register(withPassword, "handle", Credential(), "Laptop", Now).Value.Remove(withPassword, 0, Now).IsSuccess);
    }

    [Fact]
    public void Unlink_TheLastProvider_IsAllowed_WhenAPasskeyRemains()
    {
        var owner = UserBuilder.FromProvider(AuthProvider.Google).Build(Now);
        var google = ProviderIdentities.LinkedTo(owner, ProviderIdentities.Google());
        var before = google.Unlink(owner, [google], Now);
        Passkey.Register(owner, "handle", Credential(), "Laptop", Now);

        var after = google.Unlink(owner, [google], Now);

        Assert.Equal(ErrorCodes.LastSignInMethod, before.Error!.Code);
        Assert.True(after.IsSuccess);
    }

    [Fact]
    public void AChallenge_IsTakenOnce_ForItsOwnCeremony_WithinFiveMinutes()
    {
        var challenge = PasskeyChallenge.Issue(PasskeyCeremony.SignIn, null, "hash", "{}", Now);
        var late = PasskeyChallenge.Issue(PasskeyCeremony.SignIn, null, "hash", "{}", Now);

        Assert.False(challenge.Take(PasskeyCeremony.Registration, Now).IsSuccess);
        Assert.True(challenge.Take(PasskeyCeremony.SignIn, Now).IsSuccess);
        Assert.True(challenge.NeedsNewVersion);
        Assert.False(challenge.Take(PasskeyCeremony.SignIn, Now).IsSuccess);
        Assert.True(late.Take(PasskeyCeremony.SignIn, Now + AuthDefaults.PasskeyChallengeLifetime - TimeSpan.FromMilliseconds(1)).IsSuccess);
        Assert.False(PasskeyChallenge.Issue(PasskeyCeremony.SignIn, null, "hash", "{}", Now).Take(PasskeyCeremony.SignIn, Now + AuthDefaults.PasskeyChallengeLifetime).IsSuccess);
        Assert.Throws<ArgumentException>(() => PasskeyChallenge.Issue(PasskeyCeremony.Registration, null, "hash", "{}", Now));
    }

    private static VerifiedCredential Credential(long signCount = 0) =>
        new(Guid.NewGuid().ToString("N"), [1, 2, 3], signCount, ["internal", "hybrid"], Guid.Empty, BackupEligible: true, BackedUp: false);
}
