using Auth.Application.Users.SignUp;

namespace Auth.Application.Tests.Users.SignUp;

public sealed class SignUpCommandValidatorTests
{
    private const string ValidName = "Ada Lovelace";
    private const string ValidEmail = "ada@example.com";
    private const string ValidPassword = "correct horse battery";

    private readonly SignUpCommandValidator _validator = new();

    [Theory]
    [InlineData("ada@example.com")]
    [InlineData("  Ada@Example.COM ")]
    [InlineData("a.b+tag@mail.example.co.uk")]
    [InlineData("o'brien@example.ie")]
    public void SignUp_WithAWellFormedEmail_AcceptsIt(string email) =>
        Assert.DoesNotContain(Fields(new SignUpCommand(ValidName, email, ValidPassword)), f => f == "Email");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ada")]
    [InlineData("ada@")]
    [InlineData("@example.com")]
    [InlineData("ada@example")]
    [InlineData("ada@example.")]
    [InlineData("ada@@example.com")]
    [InlineData("ada@exa@mple.com")]
    [InlineData("ada@example..com")]
    [InlineData("ada lovelace@example.com")]
    [InlineData("ada@exam\tple.com")]
    [InlineData("<ada@example.com>")]
    [InlineData("ada,byron@example.com")]
    public void SignUp_WithAMalformedEmail_RefusesTheEmail(string email) =>
        Assert.Equal(["Email"], Fields(new SignUpCommand(ValidName, email, ValidPassword)));

    [Fact]
    public void SignUp_WithAnEmailOver254Characters_RefusesTheEmail()
    {
        var email = new string('a', 60) + "@" + new string('b', 190) + ".com";
        Assert.Equal(255, email.Length);

        Assert.Equal(["Email"], Fields(new SignUpCommand(ValidName, email, ValidPassword)));
    }

    [Fact]
    public void SignUp_WithALocalPartOver64Characters_RefusesTheEmail() =>
        Assert.Equal(["Email"], Fields(new SignUpCommand(ValidName, new string('a', 65) + "@example.com", ValidPassword)));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void SignUp_NameLength_MustBeFrom1To100(int length, bool accepted) =>
        Assert.Equal(accepted, !Fields(new SignUpCommand(new string('n', length), ValidEmail, ValidPassword)).Contains("Name"));

    [Theory]
    [InlineData("   ")]
    [InlineData("Ada\u0000Lovelace")]
    [InlineData("Ada\nLovelace")]
    public void SignUp_WithABlankNameOrControlCharacters_RefusesTheName(string name) =>
        Assert.Equal(["Name"], Fields(new SignUpCommand(name, ValidEmail, ValidPassword)));

    [Fact]
    public void SignUp_WithANameOf100CharactersPlusSurroundingSpaces_AcceptsIt() =>
        Assert.Empty(Fields(new SignUpCommand("  " + new string('n', 100) + "  ", ValidEmail, ValidPassword)));

    [Theory]
    [InlineData(0, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void SignUp_PasswordLength_MustBeFrom8To128(int length, bool accepted) =>
        Assert.Equal(accepted, !Fields(new SignUpCommand(ValidName, ValidEmail, PasswordOfLength(length))).Contains("Password"));

    [Theory]
    [InlineData("password1")]
    [InlineData("PASSWORD1")]
    [InlineData("12345678")]
    [InlineData("qwertyuiop")]
    public void SignUp_WithACommonPassword_RefusesThePassword(string password) =>
        Assert.Equal(["Password"], Fields(new SignUpCommand(ValidName, ValidEmail, password)));

    [Fact]
    public void SignUp_WithEverythingWrong_ReportsEveryField() =>
        Assert.Equal(["Email", "Name", "Password"], Fields(new SignUpCommand("", "nope", "short")));

    private static string PasswordOfLength(int length) => string.Concat(Enumerable.Repeat("k3#Zp", 30))[..length];

    private string[] Fields(SignUpCommand command) =>
        _validator.Validate(command).Errors.Select(e => e.PropertyName).Distinct().Order().ToArray();
}
