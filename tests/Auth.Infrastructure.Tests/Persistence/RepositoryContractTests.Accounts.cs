using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Accounts;
using Auth.Domain.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure.Tests.Persistence;

public abstract partial class RepositoryContractTests
{
    [SkippableFact]
    public async Task Account_RoundTripsEveryField()
    {
        var user = await SavedUserAsync();
        var account = Account.Link(user.Id, GoogleIdentity("109876543210"), new ProtectedProviderTokens("v1.a", "v1.r", Now.AddHours(1), "openid email"), Now);
        Clock.Advance(TimeSpan.FromMinutes(1));
        account.RecordSignIn(new ProtectedProviderTokens("v1.a2", null, Now.AddHours(1), "openid"), Now);
        await using (var write = NewScope())
        {
            write.Accounts.Add(account);
            await write.SaveAsync();
        }

        await using var read = NewScope();
        var loaded = await read.Accounts.FindByProviderAccountAsync(AuthProvider.Google, "109876543210", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(
            (account.Id, user.Id, AuthProvider.Google, "v1.a2", "v1.r", (DateTimeOffset?)Now.AddHours(1), "openid", account.LinkedAt, (DateTimeOffset?)Now, 1L),
            (loaded.Id, loaded.UserId, loaded.Provider, loaded.AccessToken, loaded.RefreshToken, loaded.AccessTokenExpiresAt, loaded.Scope, loaded.LinkedAt, loaded.LastSignInAt, loaded.Version));
        Assert.Null(await read.Accounts.FindByProviderAccountAsync(AuthProvider.GitHub, "109876543210", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Account_ListByUser_IsTheUsersOnly_OldestLinkFirst_AndRemoveDeletes()
    {
        var user = await SavedUserAsync();
        var other = await SavedUserAsync("other@example.com");
        var google = Account.Link(user.Id, GoogleIdentity("1"), ProtectedProviderTokens.None, Now);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var github = Account.Link(user.Id, new ProviderIdentity(AuthProvider.GitHub, "2", null, false, null), ProtectedProviderTokens.None, Now);
        var others = Account.Link(other.Id, GoogleIdentity("3"), ProtectedProviderTokens.None, Now);
        await using (var write = NewScope())
        {
            write.Accounts.Add(github);
            write.Accounts.Add(google);
            write.Accounts.Add(others);
            await write.SaveAsync();
        }

        await using (var remove = NewScope())
        {
            var listed = await remove.Accounts.ListByUserAsync(user.Id, CancellationToken.None);
            Assert.Equal([google.Id, github.Id], listed.Select(a => a.Id));
            remove.Accounts.Remove(listed[0]);
            await remove.SaveAsync();
        }

        await using var read = NewScope();
        Assert.Equal([github.Id], (await read.Accounts.ListByUserAsync(user.Id, CancellationToken.None)).Select(a => a.Id));
    }

    [SkippableFact]
    public async Task Account_OneProviderAccountLinkedTwice_FailsWithUniqueConstraintViolation()
    {
        var user = await SavedUserAsync();
        var other = await SavedUserAsync("other@example.com");
        await using (var first = NewScope())
        {
            first.Accounts.Add(Account.Link(user.Id, GoogleIdentity("42"), ProtectedProviderTokens.None, Now));
            await first.SaveAsync();
        }

        await using var second = NewScope();
        second.Accounts.Add(Account.Link(other.Id, GoogleIdentity("42"), ProtectedProviderTokens.None, Now));

        await Assert.ThrowsAsync<UniqueConstraintViolationException>(second.SaveAsync);
    }

    [SkippableFact]
    public async Task Account_TwoAccountsOfOneProviderForOneUser_FailsWithUniqueConstraintViolation()
    {
        var user = await SavedUserAsync();
        await using var scope = NewScope();
        scope.Accounts.Add(Account.Link(user.Id, GoogleIdentity("42"), ProtectedProviderTokens.None, Now));
        scope.Accounts.Add(Account.Link(user.Id, GoogleIdentity("43"), ProtectedProviderTokens.None, Now));

        await Assert.ThrowsAsync<UniqueConstraintViolationException>(scope.SaveAsync);
    }

    [SkippableFact]
    public async Task Verification_IsConsumedOnce_WithItsPayload()
    {
        await SavedVerificationAsync("oauth-code", "hash-1", "{\"userId\":\"x\"}", Now.AddSeconds(60));

        await using var scope = NewScope();
        var first = await scope.Verifications.ConsumeAsync("oauth-code", "hash-1", Now, CancellationToken.None);
        var second = await scope.Verifications.ConsumeAsync("oauth-code", "hash-1", Now, CancellationToken.None);

        Assert.Equal(new VerificationEntry("oauth-code", "hash-1", "{\"userId\":\"x\"}", Now, Now.AddSeconds(60)), first);
        Assert.Null(second);
    }

    [SkippableFact]
    public async Task Verification_NeedsTheSameIdentifierAndHash_AndIsNotConsumedOnceExpired()
    {
        await SavedVerificationAsync("oauth-state:google", "hash-1", "{}", Now.AddMinutes(10));

        await using var scope = NewScope();
        Assert.Null(await scope.Verifications.ConsumeAsync("oauth-state:github", "hash-1", Now, CancellationToken.None));
        Assert.Null(await scope.Verifications.ConsumeAsync("oauth-state:google", "hash-2", Now, CancellationToken.None));
        Assert.Null(await scope.Verifications.ConsumeAsync("oauth-state:google", "hash-1", Now.AddMinutes(10), CancellationToken.None));
    }

    [SkippableFact]
    public async Task Verification_ConsumedByManyRequestsAtOnce_GoesToExactlyOne()
    {
        await SavedVerificationAsync("oauth-code", "raced", "{}", Now.AddSeconds(60));

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var scope = NewScope();
            return await scope.Verifications.ConsumeAsync("oauth-code", "raced", Now, CancellationToken.None);
        })));

        Assert.Single(taken, t => t is not null);
    }

    [SkippableFact]
    public async Task Verification_DeleteExpired_RemovesOnlyExpiredEntries()
    {
        await SavedVerificationAsync("oauth-code", "old", "{}", Now.AddSeconds(60));
        await SavedVerificationAsync("oauth-code", "fresh", "{}", Now.AddMinutes(10));

        await using var scope = NewScope();
        var deleted = await scope.Verifications.DeleteExpiredAsync(Now.AddSeconds(60), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.NotNull(await scope.Verifications.ConsumeAsync("oauth-code", "fresh", Now, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Verification_TheSameIdentifierAndHashTwice_FailsWithUniqueConstraintViolation()
    {
        await SavedVerificationAsync("oauth-code", "dup", "{}", Now.AddSeconds(60));

        await Assert.ThrowsAsync<UniqueConstraintViolationException>(() => SavedVerificationAsync("oauth-code", "dup", "{}", Now.AddSeconds(60)));
    }

    private async Task SavedVerificationAsync(string identifier, string hash, string payload, DateTimeOffset expiresAt)
    {
        await using var scope = NewScope();
        scope.Verifications.Add(new VerificationEntry(identifier, hash, payload, Now, expiresAt));
        await scope.SaveAsync();
    }

    private static ProviderIdentity GoogleIdentity(string id) =>
        new(AuthProvider.Google, id, Email($"g{id}@example.com"), true, "Grace Hopper");
}
