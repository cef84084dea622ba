using Auth.Domain.Users;

namespace Auth.Domain.Tests.Users;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("ada@example.com", "ada@example.com")]
    [InlineData("  Ada.Lovelace@Example.COM\t", "ada.lovelace@example.com")]
    [InlineData("\nADA+news@SUB.example.org ", "ada+news@sub.example.org")]
    public void Create_TrimsAndLowerCases(string input, string expected)
    {
        var result = EmailAddress.Create(input);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(expected, result.Value.Value);
        Assert.Equal(expected, result.Value.ToString());
    }

    [Fact]
    public void Create_TwoSpellingsOfOneMailbox_GiveEqualAddresses()
    {
        Assert.Equal(EmailAddress.Create("Ada@Example.com").Value, EmailAddress.Create(" ada@example.COM ").Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenMissing_ReturnsEmailRequired(string? input)
    {
        var result = EmailAddress.Create(input);

        Assert.Same(UserErrors.EmailRequired, result.Error);
        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Equal("email", result.Error.Details["field"]);
    }

    [Theory]
    [InlineData("ada")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    [InlineData("ada@example")]
    [InlineData("ada@.com")]
    [InlineData("ada@example.")]
    [InlineData("ada@example..com")]
    [InlineData("ada@@example.com")]
    [InlineData("ada@lovelace@example.com")]
    [InlineData("ada lovelace@example.com")]
    [InlineData("ada@exam ple.com")]
    [InlineData("<ada>@example.com")]
    [InlineData("ada,lovelace@example.com")]
    [InlineData("ada;@example.com")]
    [InlineData("ada:x@example.com")]
    [InlineData("\"ada\"@example.com")]
    [InlineData("ada\\x@example.com")]
    [InlineData("(ada)@example.com")]
    [InlineData("ada@[192.0.2.1]")]
    public void Create_WithAnInvalidShape_ReturnsEmailInvalid(string input)
    {
        var result = EmailAddress.Create(input);

        Assert.Same(UserErrors.EmailInvalid, result.Error);
        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Equal("email", result.Error.Details["field"]);
    }

    [Theory]
    [InlineData("ada\u0000@example.com")]
    [InlineData("ada@exam\u0007ple.com")]
    [InlineData("\u001bada@example.com")]
    [InlineData("ada@example.com\u007f")]
    [InlineData("ada@example.\u0085com")]
    public void Create_WithAControlCharacter_ReturnsEmailInvalid(string input)
    {
        Assert.Same(UserErrors.EmailInvalid, EmailAddress.Create(input).Error);
    }

    [Fact]
    public void Create_AtTheMaximumLength_Succeeds()
    {
        var input = Address(localPartLength: 64, totalLength: EmailAddress.MaxLength);

        var result = EmailAddress.Create(input);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(254, result.Value.Value.Length);
    }

    [Fact]
    public void Create_OneCharacterOverTheMaximumLength_ReturnsEmailInvalid()
    {
        var input = Address(localPartLength: 64, totalLength: EmailAddress.MaxLength + 1);

        Assert.Same(UserErrors.EmailInvalid, EmailAddress.Create(input).Error);
    }

    [Fact]
    public void Create_MeasuresTheLengthAfterTrimming()
    {
        var input = "   " + Address(localPartLength: 10, totalLength: EmailAddress.MaxLength) + "   ";

        Assert.True(EmailAddress.Create(input).IsSuccess);
    }

    [Fact]
    public void Create_WithALocalPartOfTheMaximumLength_Succeeds()
    {
        var input = Address(localPartLength: EmailAddress.MaxLocalPartLength, totalLength: 80);

        Assert.True(EmailAddress.Create(input).IsSuccess);
    }

    [Fact]
    public void Create_WithALocalPartOneOverTheMaximumLength_ReturnsEmailInvalid()
    {
        var input = Address(localPartLength: EmailAddress.MaxLocalPartLength + 1, totalLength: 80);

        Assert.Same(UserErrors.EmailInvalid, EmailAddress.Create(input).Error);
    }

    /// <summary>"aaa…@bbb….com" with the given local-part and total lengths.</summary>
    private static string Address(int localPartLength, int totalLength)
    {
        var domainLength = totalLength - localPartLength - 1;
        return new string('a', localPartLength) + "@" + new string('b', domainLength - 4) + ".com";
    }
}
