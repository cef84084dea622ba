using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Infrastructure.Tests.Persistence;

public abstract partial class RepositoryContractTests
{
    [SkippableFact]
    public async Task User_UsingARecoveryCodeAndAnAuthenticatorStep_IsSaved()
    {
        var user = await SavedUserAsync();
        await using (var enrol = NewScope())
        {
            var loaded = (await enrol.Users.FindByIdAsync(user.Id, CancellationToken.None))!;
            loaded.BeginTotpEnrolment("protected-totp-secret", Now);
            Assert.True(loaded.ConfirmTotp(User.TotpStepAt(Now), RecoveryCodes.Of(["h1", "h2", "h3"]), Now).IsSuccess);
            await enrol.SaveAsync();
        }

        Clock.Advance(TimeSpan.FromSeconds(30));
        await using (var use = NewScope())
        {
            var loaded = (await use.Users.FindByIdAsync(user.Id, CancellationToken.None))!;
            Assert.True(loaded.UseRecoveryCode("h2", Now).IsSuccess);
            Assert.True(loaded.AcceptTotpCode(User.TotpStepAt(Now), Now).IsSuccess);
            await use.SaveAsync();
        }

        await using var read = NewScope();
        var stored = (await read.Users.FindByIdAsync(user.Id, CancellationToken.None))!;
        Assert.Equal(["h1", "h3"], stored.RecoveryCodes.Hashes);
        Assert.Equal(User.TotpStepAt(Now), stored.TotpLastAcceptedStep);
        Assert.True(stored.TotpEnabled);
    }

    [SkippableFact]
    public async Task SignInChallenge_RoundTrips_AndItsAttemptsAndCompletionAreSaved()
    {
        var user = await SavedUserAsync();
        var challenge = SignInChallenge.Issue(user.Id, "challenge-hash", Now);
        await using (var write = NewScope())
        {
            write.SignInChallenges.Add(challenge);
            await write.SaveAsync();
        }

        await using (var attempt = NewScope())
        {
            var loaded = (await attempt.SignInChallenges.FindByTokenHashAsync("challenge-hash", CancellationToken.None))!;
            Assert.Equal((challenge.Id, challenge.UserId, challenge.ExpiresAt, 0, (DateTimeOffset?)null), (loaded.Id, loaded.UserId, loaded.ExpiresAt, loaded.FailedAttempts, loaded.CompletedAt));
            loaded.Complete(UserErrors.TwoFactorInvalid, Now);
            loaded.Complete(Result.Success, Now);
            await attempt.SaveAsync();
        }

        await using var read = NewScope();
        var stored = (await read.SignInChallenges.FindByTokenHashAsync("challenge-hash", CancellationToken.None))!;
        Assert.Equal((1, (DateTimeOffset?)Now), (stored.FailedAttempts, stored.CompletedAt));
        Assert.Null(await read.SignInChallenges.FindByTokenHashAsync("unknown", CancellationToken.None));
    }

    [SkippableFact]
    public async Task SignInChallenge_TwoCompletionsRacingThroughTwoContexts_ExactlyOneWins()
    {
        var user = await SavedUserAsync();
        await using (var write = NewScope())
        {
            write.SignInChallenges.Add(SignInChallenge.Issue(user.Id, "challenge-hash", Now));
            await write.SaveAsync();
        }

        await using var first = NewScope();
        await using var second = NewScope();
        foreach (var scope in new[] { first, second })
            (await scope.SignInChallenges.FindByTokenHashAsync("challenge-hash", CancellationToken.None))!.Complete(Result.Success, Now);
        var outcomes = await Task.WhenAll(OutcomeOf(first.SaveAsync), OutcomeOf(second.SaveAsync));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is ConcurrencyConflictException);
    }
}
