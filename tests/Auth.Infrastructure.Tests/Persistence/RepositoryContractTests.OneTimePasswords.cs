using Auth.Application.Abstractions.Persistence;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Infrastructure.Tests.TestSupport.Persistence;

namespace Auth.Infrastructure.Tests.Persistence;

public abstract partial class RepositoryContractTests
{
    [SkippableFact]
    public async Task Otp_RoundTripsEveryFieldThroughIssueSupersedeAndUse()
    {
        var first = Otp.Issue(Email("ada@example.com"), OtpType.EmailVerification, "hash-1", null, OtpPolicy.Default, Now).Value;
        first.Verify("wrong", Now);
        await using (var write = NewScope())
        {
            write.Otps.Add(first);
            await write.SaveAsync();
        }

        await using (var read = NewScope())
        {
            var loaded = await read.Otps.FindLatestAsync(Email("ada@example.com"), OtpType.EmailVerification, CancellationToken.None);
            AggregateAssert.SameOtp(first, loaded!);
            Assert.Equal(1, loaded!.Attempts);
        }

        Clock.Advance(OtpPolicy.Default.ResendDelay);
        Otp second;
        Otp? previous;
        await using (var issue = NewScope())
        {
            previous = await issue.Otps.FindLatestAsync(Email("ada@example.com"), OtpType.EmailVerification, CancellationToken.None);
            second = Otp.Issue(Email("ada@example.com"), OtpType.EmailVerification, "hash-2", previous, OtpPolicy.Default, Now).Value;
            issue.Otps.Add(second);
            Clock.Advance(TimeSpan.FromSeconds(30));
            Assert.True(second.Verify("hash-2", Now).IsSuccess);
            await issue.SaveAsync();
        }

        await using var check = NewScope();
        var latest = await check.Otps.FindLatestAsync(Email("ada@example.com"), OtpType.EmailVerification, CancellationToken.None);
        AggregateAssert.SameOtp(second, latest!);
        Assert.True(latest!.IsUsed);
        Assert.Equal(Now, latest.UsedAt);
        Assert.Equal(OtpType.EmailVerification, latest.Type);

        // The superseded first code is saved in the same unit of work, marked as such.
        var superseded = await Database.FindOtpAsync(check, first.Id);
        AggregateAssert.SameOtp(previous!, superseded!);
        Assert.True(superseded!.IsSuperseded);
        Assert.Equal(2, superseded.Version);
    }

    [SkippableFact]
    public async Task Otp_LatestIgnoresOtherEmailsAndOtherTypes()
    {
        var signIn = Otp.Issue(Email("ada@example.com"), OtpType.SignIn, "h-signin", null, OtpPolicy.Default, Now).Value;
        var reset = Otp.Issue(Email("ada@example.com"), OtpType.PasswordReset, "h-reset", null, OtpPolicy.Default, Now).Value;
        var other = Otp.Issue(Email("bob@example.com"), OtpType.SignIn, "h-bob", null, OtpPolicy.Default, Now).Value;
        await using (var write = NewScope())
        {
            write.Otps.Add(signIn);
            write.Otps.Add(reset);
            write.Otps.Add(other);
            await write.SaveAsync();
        }

        await using var read = NewScope();
        Assert.Equal(signIn.Id, (await read.Otps.FindLatestAsync(Email("ada@example.com"), OtpType.SignIn, CancellationToken.None))?.Id);
        Assert.Equal(reset.Id, (await read.Otps.FindLatestAsync(Email("ada@example.com"), OtpType.PasswordReset, CancellationToken.None))?.Id);
        Assert.Null(await read.Otps.FindLatestAsync(Email("ada@example.com"), OtpType.PasswordChange, CancellationToken.None));
        Assert.Null(await read.Otps.FindLatestAsync(Email("carol@example.com"), OtpType.SignIn, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Otp_TwoGuessesRacingThroughTwoContexts_OnlyOneIsCounted()
    {
        var otp = Otp.Issue(Email("ada@example.com"), OtpType.SignIn, "right", null, OtpPolicy.Default, Now).Value;
        await using (var write = NewScope())
        {
            write.Otps.Add(otp);
            await write.SaveAsync();
        }

        await using var first = NewScope();
        await using var second = NewScope();
        var firstCopy = await first.Otps.FindLatestAsync(Email("ada@example.com"), OtpType.SignIn, CancellationToken.None);
        var secondCopy = await second.Otps.FindLatestAsync(Email("ada@example.com"), OtpType.SignIn, CancellationToken.None);
        firstCopy!.Verify("guess-1", Now);
        secondCopy!.Verify("guess-2", Now);

        var outcomes = await Task.WhenAll(OutcomeOf(first.SaveAsync), OutcomeOf(second.SaveAsync));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is ConcurrencyConflictException);
        await using var read = NewScope();
        var stored = await read.Otps.FindLatestAsync(Email("ada@example.com"), OtpType.SignIn, CancellationToken.None);
        Assert.Equal(1, stored!.Attempts);
        Assert.Equal(2, stored.Version);
    }
}
