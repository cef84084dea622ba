using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Tests.Builders;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Sessions;

public sealed class SignInChallengeTests
{
    private static readonly DateTimeOffset Now = TestTime.Now;
    private static readonly UserId Owner = UserId.New(Now);

    [Fact]
    public void Issue_IsOpenForFiveMinutes()
    {
        var challenge = SignInChallenge.Issue(Owner, "hash", Now);

        Assert.Equal(Now.AddMinutes(5), challenge.ExpiresAt);
        Assert.True(challenge.IsOpenAt(Now.AddMinutes(5).AddTicks(-1)));
        Assert.False(challenge.IsOpenAt(Now.AddMinutes(5)));
        Assert.Equal("two_factor_challenge_invalid", challenge.EnsureOpen(Now.AddMinutes(5)).Error?.Code);
    }

    [Fact]
    public void Complete_WithTheRightCode_WorksOnce()
    {
        var challenge = SignInChallenge.Issue(Owner, "hash", Now);

        var first = challenge.Complete(Result.Success, Now.AddSeconds(10));
        var second = challenge.Complete(Result.Success, Now.AddSeconds(11));

        Assert.True(first.IsSuccess);
        Assert.Equal(Now.AddSeconds(10), challenge.CompletedAt);
        Assert.Equal("two_factor_challenge_invalid", second.Error?.Code);
    }

    [Fact]
    public void Complete_WithAWrongCode_CountsAndAnswersTheCodesError()
    {
        var challenge = SignInChallenge.Issue(Owner, "hash", Now);

        var result = challenge.Complete(UserErrors.TwoFactorInvalid, Now);

        Assert.Equal("two_factor_invalid", result.Error?.Code);
        Assert.Equal(1, challenge.FailedAttempts);
        Assert.True(challenge.IsOpenAt(Now));
    }

    [Fact]
    public void Complete_TheFifthWrongCode_EndsTheChallenge_EvenForTheRightCodeAfterwards()
    {
        var challenge = SignInChallenge.Issue(Owner, "hash", Now);

        for (var i = 0; i < 5; i++) Assert.Equal("two_factor_invalid", challenge.Complete(UserErrors.TwoFactorInvalid, Now).Error?.Code);
        var right = challenge.Complete(Result.Success, Now);

        Assert.Equal("two_factor_challenge_invalid", right.Error?.Code);
        Assert.Null(challenge.CompletedAt);
        var exhausted = Assert.Single(challenge.DomainEvents.OfType<SignInChallengeExhausted>());
        Assert.Equal((challenge.Id, Owner), (exhausted.ChallengeId, exhausted.UserId));
    }

    [Fact]
    public void Complete_AfterExpiry_IsRefusedAndCountsNothing()
    {
        var challenge = SignInChallenge.Issue(Owner, "hash", Now);

        var result = challenge.Complete(UserErrors.TwoFactorInvalid, Now.AddMinutes(6));

        Assert.Equal("two_factor_challenge_invalid", result.Error?.Code);
        Assert.Equal(0, challenge.FailedAttempts);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Issue_WithoutATokenHash_Throws(string? hash)
    {
        Assert.ThrowsAny<ArgumentException>(() => SignInChallenge.Issue(Owner, hash!, Now));
    }
}
