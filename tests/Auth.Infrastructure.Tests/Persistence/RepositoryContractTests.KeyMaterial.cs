using Auth.Application.Abstractions.Persistence;
using Auth.Infrastructure.Security.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure.Tests.Persistence;

public abstract partial class RepositoryContractTests
{
    /// <summary>The store is a singleton used by singletons: resolved from the root provider, outside any scope.</summary>
    private IKeyMaterialStore KeyMaterial => Database.Services.GetRequiredService<IKeyMaterialStore>();

    [SkippableFact]
    public async Task Secret_FirstWriterWins_LaterWritersGetTheStoredValue()
    {
        var first = await KeyMaterial.GetOrAddSecretAsync("otp-hash-key", "value-of-instance-a", CancellationToken.None);
        var second = await KeyMaterial.GetOrAddSecretAsync("otp-hash-key", "value-of-instance-b", CancellationToken.None);
        var other = await KeyMaterial.GetOrAddSecretAsync("another-secret", "value-c", CancellationToken.None);

        Assert.Equal("value-of-instance-a", first);
        Assert.Equal("value-of-instance-a", second);
        Assert.Equal("value-c", other);
    }

    [SkippableFact]
    public async Task Secret_ManyInstancesRacingToCreateIt_AllEndUpWithTheSameValue()
    {
        var values = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => KeyMaterial.GetOrAddSecretAsync("raced", $"candidate-{i}", CancellationToken.None))));

        Assert.Single(values.Distinct());
        Assert.Equal(values[0], await KeyMaterial.GetOrAddSecretAsync("raced", "late", CancellationToken.None));
    }

    [SkippableFact]
    public async Task SigningKeys_RoundTripEveryFieldOldestFirst()
    {
        var older = new StoredSigningKey("kid-1", "ES256", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", Now, Now.AddDays(30), Now.AddDays(37));
        Clock.Advance(TimeSpan.FromDays(30));
        var newer = new StoredSigningKey("kid-2", "RS256", new string('A', 2400), Now, Now.AddDays(30), Now.AddDays(37));
        Assert.Empty(await KeyMaterial.ListSigningKeysAsync(CancellationToken.None));

        await KeyMaterial.AddSigningKeyAsync(newer, CancellationToken.None);
        await KeyMaterial.AddSigningKeyAsync(older, CancellationToken.None);

        Assert.Equal([older, newer], await KeyMaterial.ListSigningKeysAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task SigningKeys_WithAKeyIdAlreadyStored_FailsWithUniqueConstraintViolation()
    {
        var key = new StoredSigningKey("kid-1", "ES256", "private", Now, Now.AddDays(30), Now.AddDays(37));
        await KeyMaterial.AddSigningKeyAsync(key, CancellationToken.None);

        await Assert.ThrowsAsync<UniqueConstraintViolationException>(() =>
            KeyMaterial.AddSigningKeyAsync(key with { PrivateKey = "other" }, CancellationToken.None));
    }

    [SkippableFact]
    public async Task SigningKeys_DeleteExpired_RemovesOnlyKeysAtOrPastTheirExpiry()
    {
        var expired = new StoredSigningKey("kid-expired", "ES256", "a", Now.AddDays(-40), Now.AddDays(-10), Now.AddDays(-3));
        var expiringNow = new StoredSigningKey("kid-now", "ES256", "b", Now.AddDays(-37), Now.AddMinutes(-20), Now);
        var live = new StoredSigningKey("kid-live", "ES256", "c", Now.AddDays(-1), Now.AddDays(29), Now.AddDays(29).AddMinutes(20));
        foreach (var key in new[] { expired, expiringNow, live }) await KeyMaterial.AddSigningKeyAsync(key, CancellationToken.None);

        var deleted = await KeyMaterial.DeleteExpiredSigningKeysAsync(Now, CancellationToken.None);
        var again = await KeyMaterial.DeleteExpiredSigningKeysAsync(Now, CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(0, again);
        Assert.Equal([live], await KeyMaterial.ListSigningKeysAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task SigningKeys_ReplacePrivateKey_OnlyWhileItIsStillTheValueTheCallerRead()
    {
        var key = new StoredSigningKey("kid-1", "ES256", "plain", Now, Now.AddDays(30), Now.AddDays(37));
        await KeyMaterial.AddSigningKeyAsync(key, CancellationToken.None);

        var first = await KeyMaterial.ReplacePrivateKeyAsync("kid-1", "plain", "v1.sealed-by-a", CancellationToken.None);
        var second = await KeyMaterial.ReplacePrivateKeyAsync("kid-1", "plain", "v1.sealed-by-b", CancellationToken.None);
        var missing = await KeyMaterial.ReplacePrivateKeyAsync("kid-2", "plain", "v1.sealed", CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.False(missing);
        Assert.Equal([key with { PrivateKey = "v1.sealed-by-a" }], await KeyMaterial.ListSigningKeysAsync(CancellationToken.None));
    }
}
