using System.Security.Cryptography;
using Auth.Infrastructure.Security.Keys;

namespace Auth.Infrastructure.Tests.Security.Keys;

public sealed class SigningKeyProtectorTests
{
    private readonly SigningKeyProtector _protector = new(RandomNumberGenerator.GetBytes(32));
    private readonly byte[] _pkcs8 = RandomNumberGenerator.GetBytes(138);

    [Fact]
    public void ASealedKey_OpensForItsOwnKeyId_ButNotWhenMovedToAnotherRow()
    {
        var sealedKey = _protector.Protect("kid-1", _pkcs8);

        Assert.StartsWith("v1.", sealedKey, StringComparison.Ordinal);
        Assert.Equal(_pkcs8, _protector.Unprotect("kid-1", sealedKey));
        Assert.Null(_protector.Unprotect("kid-2", sealedKey));
    }

    [Fact]
    public void WithoutAKey_TheKeyIsStoredAsPlainBase64_AndSealedValuesDoNotOpen()
    {
        var plain = SigningKeyProtector.None.Protect("kid-1", _pkcs8);

        Assert.Equal(Convert.ToBase64String(_pkcs8), plain);
        Assert.Equal(_pkcs8, SigningKeyProtector.None.Unprotect("kid-1", plain));
        Assert.Null(SigningKeyProtector.None.Unprotect("kid-1", _protector.Protect("kid-1", _pkcs8)));
        Assert.Null(SigningKeyProtector.None.SealPlain("kid-1", plain));
    }

    [Fact]
    public void APlainValue_StillOpens_AndSealsOnce()
    {
        var plain = Convert.ToBase64String(_pkcs8);

        var sealedKey = _protector.SealPlain("kid-1", plain);

        Assert.Equal(_pkcs8, _protector.Unprotect("kid-1", plain));
        Assert.NotNull(sealedKey);
        Assert.Equal(_pkcs8, _protector.Unprotect("kid-1", sealedKey));
        Assert.Null(_protector.SealPlain("kid-1", sealedKey));
    }
}
