using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Auth.Domain.Users;
using Auth.Infrastructure.Security.Otp;
using Auth.Infrastructure.Security.TwoFactor;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.Security.TwoFactor;

public sealed partial class HmacRecoveryCodeHasherTests
{
    private static readonly UserId Ada = new(Guid.Parse("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    private static readonly UserId Bob = new(Guid.Parse("0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c"));

    [Fact]
    public async Task Generate_GivesTwelveUnambiguousCharactersInGroupsOfFour_NeverTheSameTwice()
    {
        var hasher = await CreateAsync();

        var codes = Enumerable.Range(0, 100).Select(_ => hasher.Generate()).ToList();

        Assert.All(codes, code => Assert.Matches(CodeShape(), code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public async Task Hash_IgnoresCaseDashesAndSpaces()
    {
        var hasher = await CreateAsync();

        Assert.Equal(hasher.Hash(Ada, "k3f9-2m7q-x8d4"), hasher.Hash(Ada, "K3F9 2M7Q X8D4"));
        Assert.Equal(64, hasher.Hash(Ada, "k3f9-2m7q-x8d4").Length);
    }

    [Fact]
    public async Task Hash_IsBoundToItsUserAndToTheKey()
    {
        var hasher = await CreateAsync();
        var otherKey = await CreateAsync();

        Assert.NotEqual(hasher.Hash(Ada, "k3f9-2m7q-x8d4"), hasher.Hash(Bob, "k3f9-2m7q-x8d4"));
        Assert.NotEqual(hasher.Hash(Ada, "k3f9-2m7q-x8d4"), otherKey.Hash(Ada, "k3f9-2m7q-x8d4"));
    }

    private static async Task<HmacRecoveryCodeHasher> CreateAsync()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var provider = new OtpHashKeyProvider(
            Options.Create(new OtpHashingOptions { HashKey = key }), new InMemoryKeyMaterialStore(), NullLogger<OtpHashKeyProvider>.Instance);
        await provider.InitializeAsync(CancellationToken.None);
        return new HmacRecoveryCodeHasher(provider);
    }

    [GeneratedRegex("^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$")]
    private static partial Regex CodeShape();
}
