using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Users;

namespace Auth.Infrastructure.Tests.Persistence;

/// <summary>Passkeys and their ceremony challenges: stored whole, found by credential id and challenge hash, unique, and taken once under a race.</summary>
public abstract partial class RepositoryContractTests
{
    [SkippableFact]
    public async Task Passkeys_AreStoredWhole_FoundByCredentialId_AndListedPerUser_AndTheOwnerCountsThem()
    {
        var user = await SavedUserAsync();
        var other = await SavedUserAsync("grace@example.com");
        await using (var scope = NewScope())
        {
            var owner = (await scope.Users.FindByIdAsync(user.Id, CancellationToken.None))!;
            scope.Passkeys.Add(Passkey.Register(owner, "aGFuZGxl", Credential("Y3JlZC1vbmU"), "Laptop", Now).Value);
            Clock.Advance(TimeSpan.FromSeconds(1));
            scope.Passkeys.Add(Passkey.Register(owner, "aGFuZGxl", Credential("Y3JlZC10d28"), "Phone", Now).Value);
            await scope.SaveAsync();
        }

        await using var read = NewScope();
        var found = await read.Passkeys.FindByCredentialIdAsync("Y3JlZC10d28", CancellationToken.None);
        var mine = await read.Passkeys.ListByUserAsync(user.Id, CancellationToken.None);
        var theirs = await read.Passkeys.ListByUserAsync(other.Id, CancellationToken.None);
        var owner2 = await read.Users.FindByIdAsync(user.Id, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(("Phone", "aGFuZGxl", 7L, "internal,hybrid", true), (found.Name, found.UserHandle, found.SignCount, found.Transports, found.BackupEligible));
        Assert.Equal([1, 2, 3], found.PublicKey);
        Assert.Equal(["Laptop", "Phone"], mine.Select(p => p.Name));
        Assert.Empty(theirs);
        Assert.Equal(2, owner2!.PasskeyCount);
    }

    [SkippableFact]
    public async Task Passkeys_ACredentialId_IsStoredOnce()
    {
        var user = await SavedUserAsync();
        await using var scope = NewScope();
        var owner = (await scope.Users.FindByIdAsync(user.Id, CancellationToken.None))!;
        scope.Passkeys.Add(Passkey.Register(owner, "aGFuZGxl", Credential("c2FtZQ"), "One", Now).Value);
        scope.Passkeys.Add(Passkey.Register(owner, "aGFuZGxl", Credential("c2FtZQ"), "Two", Now).Value);

        Assert.IsType<UniqueConstraintViolationException>(await OutcomeOf(scope.SaveAsync));
    }

    [SkippableFact]
    public async Task PasskeyChallenges_AreFoundByHash_AndOfTwoRacingTakesOnlyOneIsSaved()
    {
        await using (var scope = NewScope())
        {
            scope.PasskeyChallenges.Add(PasskeyChallenge.Issue(PasskeyCeremony.SignIn, null, "challenge-hash", "{\"challenge\":\"abc\"}", Now));
            await scope.SaveAsync();
        }

        await using var first = NewScope();
        await using var second = NewScope();
        var mine = (await first.PasskeyChallenges.FindByChallengeHashAsync("challenge-hash", CancellationToken.None))!;
        var theirs = (await second.PasskeyChallenges.FindByChallengeHashAsync("challenge-hash", CancellationToken.None))!;
        mine.Take(PasskeyCeremony.SignIn, Now);
        theirs.Take(PasskeyCeremony.SignIn, Now);

        Assert.Null(await OutcomeOf(first.SaveAsync));
        Assert.IsType<ConcurrencyConflictException>(await OutcomeOf(second.SaveAsync));
        Assert.Equal("{\"challenge\":\"abc\"}", mine.Options);
        Assert.Null(await first.PasskeyChallenges.FindByChallengeHashAsync("other-hash", CancellationToken.None));
    }

    private static VerifiedCredential Credential(string id) => new(id, [1, 2, 3], 7, ["internal", "hybrid"], Guid.NewGuid(), true, false);
}
