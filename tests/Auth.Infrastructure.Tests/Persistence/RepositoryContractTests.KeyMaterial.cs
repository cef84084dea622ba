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
            KeyMaterial.AddSigningKeyAsync(key with { PrivateKeyPkcs8Base64 = "other" }, CancellationToken.None));
    }
}
