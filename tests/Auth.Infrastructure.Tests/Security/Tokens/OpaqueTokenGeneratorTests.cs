using System.Security.Cryptography;
using System.Text;
using Auth.Infrastructure.Security.Tokens;

namespace Auth.Infrastructure.Tests.Security.Tokens;

public sealed class OpaqueTokenGeneratorTests
{
    private readonly OpaqueTokenGenerator _generator = new();

    [Fact]
    public void Generate_Returns43CharacterBase64UrlTokens_ThatNeverRepeat()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => _generator.Generate()).ToList();

        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t.Value));
        Assert.Equal(1000, tokens.Select(t => t.Value).Distinct().Count());
    }

    [Fact]
    public void Generate_ReturnsTheSha256HexOfTheValue_AsTheHashToStore()
    {
        var token = _generator.Generate();

        Assert.Matches("^[0-9a-f]{64}$", token.Hash);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Value))), token.Hash);
        Assert.Equal(token.Hash, _generator.Hash(token.Value));
    }

    [Fact]
    public void Hash_OfDifferentTokens_Differs() =>
        Assert.NotEqual(_generator.Hash("a"), _generator.Hash("b"));

    [Fact]
    public void ATokenPrinted_DoesNotRevealItsValue()
    {
        var token = _generator.Generate();

        Assert.DoesNotContain(token.Value, token.ToString(), StringComparison.Ordinal);
    }
}
