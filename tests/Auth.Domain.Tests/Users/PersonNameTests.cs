using Auth.Domain.Users;

namespace Auth.Domain.Tests.Users;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Ada Lovelace", "Ada Lovelace")]
    [InlineData("  Ada Lovelace \t\n", "Ada Lovelace")]
    [InlineData("A", "A")]
    [InlineData("Zoë Ñúñez-O'Brien", "Zoë Ñúñez-O'Brien")]
    [InlineData("李小龍", "李小龍")]
    public void Create_KeepsTheTrimmedName(string input, string expected)
    {
        var result = PersonName.Create(input);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(expected, result.Value.Value);
        Assert.Equal(expected, result.Value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Create_WhenBlank_ReturnsNameRequired(string? input)
    {
        var result = PersonName.Create(input);

        Assert.Same(UserErrors.NameRequired, result.Error);
        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Equal("name", result.Error.Details["field"]);
    }

    [Fact]
    public void Create_WithTheMaximumLength_Succeeds()
    {
        var result = PersonName.Create(new string('x', PersonName.MaxLength));

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(100, result.Value.Value.Length);
    }

    [Fact]
    public void Create_WithTheMaximumLengthAfterTrimming_Succeeds()
    {
        var result = PersonName.Create("  " + new string('x', PersonName.MaxLength) + "  ");

        Assert.True(result.IsSuccess, result.Error?.Code);
    }

    [Fact]
    public void Create_OneCharacterOverTheMaximumLength_ReturnsNameInvalid()
    {
        var result = PersonName.Create(new string('x', PersonName.MaxLength + 1));

        Assert.Same(UserErrors.NameInvalid, result.Error);
        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Equal("name", result.Error.Details["field"]);
    }

    [Theory]
    [InlineData("Ada\nLovelace")]
    [InlineData("Ada\tLovelace")]
    [InlineData("Ada\u0000")]
    [InlineData("\u001b[31mAda")]
    [InlineData("Ada\u007f")]
    public void Create_WithAControlCharacter_ReturnsNameInvalid(string input)
    {
        Assert.Same(UserErrors.NameInvalid, PersonName.Create(input).Error);
    }
}
