using Auth.Domain.Users;

namespace Auth.Domain.Tests.Users;

public sealed class AvatarTests
{
    private const string Url = "https://cdn.example.com/avatars/ada.png";

    [Fact]
    public void Create_WithAnHttpsUrl_KeepsUrlPublicIdAndSize()
    {
        var result = Avatar.Create(Url, "avatars/ada", 20_480);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(Url, result.Value.Url);
        Assert.Equal("avatars/ada", result.Value.PublicId);
        Assert.Equal(20_480, result.Value.Size);
    }

    [Theory]
    [InlineData("http://cdn.example.com/ada.png")]
    [InlineData("HTTPS://CDN.EXAMPLE.COM/ada.png")]
    [InlineData("https://cdn.example.com:8443/a/b/c.webp?v=2")]
    public void Create_WithAnAbsoluteHttpOrHttpsUrl_Succeeds(string url)
    {
        Assert.True(Avatar.Create(url, publicId: null, size: null).IsSuccess);
    }

    [Fact]
    public void Create_WithoutPublicIdAndSize_Succeeds()
    {
        var avatar = Avatar.Create(Url, publicId: null, size: null).Value;

        Assert.Null(avatar.PublicId);
        Assert.Null(avatar.Size);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/avatars/ada.png")]
    [InlineData("avatars/ada.png")]
    [InlineData("//cdn.example.com/ada.png")]
    [InlineData("ftp://cdn.example.com/ada.png")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("mailto:ada@example.com")]
    [InlineData("https://")]
    public void Create_WithoutAnAbsoluteHttpUrl_ReturnsAvatarInvalid(string? url)
    {
        var result = Avatar.Create(url, publicId: null, size: null);

        Assert.Same(UserErrors.AvatarInvalid, result.Error);
        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Equal("avatar", result.Error.Details["field"]);
    }

    [Fact]
    public void Create_WithSurroundingWhitespace_StoresTheUrlThatWasValidated()
    {
        var result = Avatar.Create("  " + Url + " ", publicId: null, size: null);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(Url, result.Value.Url);
    }

    [Fact]
    public void Create_WithAUrlOfTheMaximumLength_Succeeds()
    {
        var url = UrlOfLength(Avatar.MaxUrlLength);

        Assert.True(Avatar.Create(url, publicId: null, size: null).IsSuccess);
    }

    [Fact]
    public void Create_WithAUrlOverTheMaximumLength_ReturnsAvatarInvalid()
    {
        var url = UrlOfLength(Avatar.MaxUrlLength + 1);

        Assert.Same(UserErrors.AvatarInvalid, Avatar.Create(url, publicId: null, size: null).Error);
    }

    [Fact]
    public void Create_WithSizeZero_Succeeds()
    {
        Assert.Equal(0, Avatar.Create(Url, publicId: null, size: 0).Value.Size);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void Create_WithANegativeSize_ReturnsAvatarInvalid(long size)
    {
        Assert.Same(UserErrors.AvatarInvalid, Avatar.Create(Url, publicId: null, size).Error);
    }

    [Fact]
    public void Create_WithAPublicIdOfTheMaximumLength_Succeeds()
    {
        Assert.True(Avatar.Create(Url, new string('p', Avatar.MaxPublicIdLength), size: null).IsSuccess);
    }

    [Fact]
    public void Create_WithAPublicIdOverTheMaximumLength_ReturnsAvatarInvalid()
    {
        var publicId = new string('p', Avatar.MaxPublicIdLength + 1);

        Assert.Same(UserErrors.AvatarInvalid, Avatar.Create(Url, publicId, size: null).Error);
    }

    [Fact]
    public void Create_WithAControlCharacterInThePublicId_ReturnsAvatarInvalid()
    {
        Assert.Same(UserErrors.AvatarInvalid, Avatar.Create(Url, "avatars/\nada", size: null).Error);
    }

    private static string UrlOfLength(int length)
    {
        const string prefix = "https://cdn.example.com/";
        return prefix + new string('a', length - prefix.Length);
    }
}
