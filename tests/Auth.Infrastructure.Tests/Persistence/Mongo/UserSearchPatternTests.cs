using System.Text.RegularExpressions;
using Auth.Infrastructure.Persistence.Mongo.Users;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class UserSearchPatternTests
{
    [Theory]
    [InlineData("ada", "ada")]
    [InlineData("100%", "100\\%")]
    [InlineData("a.b*c", "a\\.b\\*c")]
    [InlineData(".*", "\\.\\*")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("(?i)x", "\\(\\?i\\)x")]
    [InlineData("[a-z]{2,}$", "\\[a\\-z\\]\\{2\\,\\}\\$")]
    [InlineData("^\\d+", "\\^\\\\d\\+")]
    [InlineData("ada lovelace", "ada\\ lovelace")]
    [InlineData("grace@navy.example", "grace\\@navy\\.example")]
    [InlineData("#comment", "\\#comment")]
    [InlineData("tab\there", "tab\\x09here")]
    [InlineData("ÉMILE", "[Éé]MILE")]
    [InlineData("émile", "[éÉ]mile")]
    [InlineData("日本", "日本")]
    public void Contains_EscapesEverythingThatIsNotALetterOrDigit(string search, string pattern)
    {
        Assert.Equal(pattern, UserSearchPattern.Contains(search));
    }

    [Fact]
    public void Contains_KeepsSurrogatePairsWhole()
    {
        Assert.Equal("\\:\U0001F600\\:", UserSearchPattern.Contains(":\U0001F600:"));
    }

    [Theory]
    [InlineData(".*", "anything at all", false)]
    [InlineData(".*", "a literal .* inside", true)]
    [InlineData("a|b", "just a", false)]
    [InlineData("a|b", "x a|b y", true)]
    [InlineData("[", "an [ in the text", true)]
    [InlineData("\\", "back\\slash", true)]
    [InlineData("\\", "no slash", false)]
    [InlineData("100%", "1000", false)]
    [InlineData("100%", "save 100% now", true)]
    [InlineData("$where", "x$wherey", true)]
    [InlineData("(?=", "(?=", true)]
    [InlineData("HOPP", "Grace Hopper", true)]
    [InlineData("ÉMILE", "Émile Borel", true)]
    [InlineData("émile", "ÉMILE BOREL", true)]
    [InlineData("émile", "emile", false)]
    public void Pattern_MatchesTheSearchTextLiterallyAndIgnoringCase(string search, string text, bool matches)
    {
        // .NET and PCRE agree on everything the pattern uses: escaped punctuation, \xHH, character classes.
        var regex = new Regex(UserSearchPattern.Contains(search), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        Assert.Equal(matches, regex.IsMatch(text));
    }

    [Fact]
    public void Options_AreCaseInsensitiveOnly()
    {
        Assert.Equal("i", UserSearchPattern.Options);
    }
}
