using System.Text.RegularExpressions;
using Auth.Application.Abstractions.Security;
using Auth.Infrastructure.Security.Passwords;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.Security.Passwords;

public sealed partial class Argon2PasswordHasherTests
{
    private const string Password = "correct horse battery staple";

    public static TheoryData<string> Implementations => ["isopoh", "sodium"];

    public static TheoryData<string, string> ImplementationPairs =>
        new() { { "isopoh", "sodium" }, { "sodium", "isopoh" } };

    [Theory]
    [MemberData(nameof(Implementations))]
    public async Task Verify_WithThePasswordThatWasHashed_Succeeds(string implementation)
    {
        using var hasher = Create(implementation);
        var hash = await hasher.HashAsync(Password, CancellationToken.None);

        Assert.Equal(PasswordVerification.Succeeded, await hasher.VerifyAsync(Password, hash, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Implementations))]
    public async Task Verify_WithAnotherPassword_Fails(string implementation)
    {
        using var hasher = Create(implementation);
        var hash = await hasher.HashAsync(Password, CancellationToken.None);

        Assert.Equal(PasswordVerification.Failed, await hasher.VerifyAsync("correct horse battery stapler", hash, CancellationToken.None));
        Assert.Equal(PasswordVerification.Failed, await hasher.VerifyAsync("", hash, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(ImplementationPairs))]
    public async Task Verify_AHashMadeByTheOtherImplementation_Succeeds(string hashedBy, string verifiedBy)
    {
        using var first = Create(hashedBy);
        using var second = Create(verifiedBy);
        var hash = await first.HashAsync("pässwörd ✓ 密码", CancellationToken.None);

        Assert.Equal(PasswordVerification.Succeeded, await second.VerifyAsync("pässwörd ✓ 密码", hash, CancellationToken.None));
        Assert.Equal(PasswordVerification.Failed, await second.VerifyAsync("passwörd ✓ 密码", hash, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Implementations))]
    public async Task Hash_IsAPhcStringWithTheConfiguredParameters(string implementation)
    {
        using var hasher = Create(implementation, Argon2TestOptions.Fast(memoryKiB: 2048, iterations: 3));

        var hash = await hasher.HashAsync(Password, CancellationToken.None);

        var match = PhcPattern().Match(hash);
        Assert.True(match.Success, hash);
        Assert.Equal("m=2048,t=3,p=1", match.Groups["params"].Value);
        Assert.Equal(16, Convert.FromBase64String(match.Groups["salt"].Value + "==").Length);
        Assert.Equal(32, Convert.FromBase64String(match.Groups["hash"].Value + "=").Length);
    }

    [Theory]
    [MemberData(nameof(Implementations))]
    public async Task Hash_OfTheSamePasswordTwice_DiffersBecauseOfTheSalt(string implementation)
    {
        using var hasher = Create(implementation);

        var first = await hasher.HashAsync(Password, CancellationToken.None);
        var second = await hasher.HashAsync(Password, CancellationToken.None);

        Assert.NotEqual(first, second);
    }

    // Reference vectors of the Argon2 authors' implementation (password "password", salt "somesalt").
    [Theory]
    [InlineData("isopoh", "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("sodium", "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("isopoh", "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc")]
    [InlineData("sodium", "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc")]
    public async Task Verify_AReferenceHash_SucceedsAndAsksForARehashAtOurParameters(string implementation, string referenceHash)
    {
        using var hasher = Create(implementation);

        Assert.Equal(PasswordVerification.SucceededRehashNeeded, await hasher.VerifyAsync("password", referenceHash, CancellationToken.None));
        Assert.Equal(PasswordVerification.Failed, await hasher.VerifyAsync("Password", referenceHash, CancellationToken.None));
    }

    [Theory]
    [InlineData(2048, 1, 1)]
    [InlineData(1024, 2, 1)]
    [InlineData(1024, 1, 2)]
    public async Task Verify_AfterTheConfiguredParametersChanged_SucceedsAndAsksForARehash(int memoryKiB, int iterations, int parallelism)
    {
        using var before = new IsopohArgon2PasswordHasher(Argon2TestOptions.Fast());
        var hash = await before.HashAsync(Password, CancellationToken.None);
        using var after = new SodiumArgon2PasswordHasher(Argon2TestOptions.Fast(memoryKiB, iterations, parallelism));

        Assert.Equal(PasswordVerification.SucceededRehashNeeded, await after.VerifyAsync(Password, hash, CancellationToken.None));
        var rehashed = await after.HashAsync(Password, CancellationToken.None);
        Assert.Equal(PasswordVerification.Succeeded, await after.VerifyAsync(Password, rehashed, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Implementations))]
    public async Task Verify_WithoutAStoredHash_Fails(string implementation)
    {
        using var hasher = Create(implementation);

        Assert.Equal(PasswordVerification.Failed, await hasher.VerifyAsync(Password, null, CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a hash")]
    [InlineData("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW")]
    [InlineData("$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=16$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$t=2,m=256,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=256,t=0,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=-256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=999999999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$")]
    [InlineData("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ")]
    [InlineData("$argon2id$v=19$m=256,t=2,p=1$c29t ZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ=$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR_uIPnA4rEsF5h7TKyQwu9U1bMCHGi-4")]
    [InlineData("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4$extra")]
    public async Task Verify_AgainstAMalformedHash_FailsWithoutThrowing(string storedHash)
    {
        using var hasher = Create("sodium");

        Assert.Equal(PasswordVerification.Failed, await hasher.VerifyAsync("password", storedHash, CancellationToken.None));
    }

    [Fact]
    public async Task Hash_OfAPasswordOver1024Bytes_IsRefusedWithoutEchoingIt()
    {
        using var hasher = Create("sodium");
        var password = "secret-" + new string('é', 600);

        var hashing = await Assert.ThrowsAsync<ArgumentException>(() => hasher.HashAsync(password, CancellationToken.None).AsTask());
        var verifying = await Assert.ThrowsAsync<ArgumentException>(() => hasher.VerifyAsync(password, null, CancellationToken.None).AsTask());

        Assert.DoesNotContain("secret", hashing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", verifying.Message, StringComparison.Ordinal);
        Assert.NotNull(await hasher.HashAsync(new string('x', 1024), CancellationToken.None));
    }

    [Fact]
    public async Task DefaultParameters_AreOwaspArgon2id_AndBothImplementationsAgree()
    {
        using var sodium = new SodiumArgon2PasswordHasher(Argon2TestOptions.Defaults());
        using var isopoh = new IsopohArgon2PasswordHasher(Argon2TestOptions.Defaults());

        var hash = await sodium.HashAsync(Password, CancellationToken.None);

        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", hash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerification.Succeeded, await isopoh.VerifyAsync(Password, hash, CancellationToken.None));
    }

    internal static Argon2PasswordHasher Create(string implementation, IOptions<PasswordHashingOptions>? options = null)
    {
        options ??= Argon2TestOptions.Fast();
        return implementation == "sodium" ? new SodiumArgon2PasswordHasher(options) : new IsopohArgon2PasswordHasher(options);
    }

    [GeneratedRegex(@"^\$argon2id\$v=19\$(?<params>m=\d+,t=\d+,p=\d+)\$(?<salt>[A-Za-z0-9+/]{22})\$(?<hash>[A-Za-z0-9+/]{43})$")]
    private static partial Regex PhcPattern();
}
