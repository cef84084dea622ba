using Auth.Domain.Users;

namespace Auth.Domain.Tests.Users;

public sealed class WireNamesTests
{
    [Theory]
    [InlineData(Role.User, "user")]
    [InlineData(Role.Admin, "admin")]
    public void Role_HasTheContractsWireName(Role role, string wireName)
    {
        Assert.Equal(wireName, role.ToWireName());
        Assert.True(WireNames.TryParseRole(wireName, out var parsed));
        Assert.Equal(role, parsed);
    }

    [Theory]
    [InlineData(AuthProvider.Local, "local")]
    [InlineData(AuthProvider.Google, "google")]
    [InlineData(AuthProvider.GitHub, "github")]
    public void Provider_HasTheContractsWireName(AuthProvider provider, string wireName)
    {
        Assert.Equal(wireName, provider.ToWireName());
        Assert.True(WireNames.TryParseProvider(wireName, out var parsed));
        Assert.Equal(provider, parsed);
    }

    [Fact]
    public void EveryRole_RoundTripsThroughItsWireName()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.True(WireNames.TryParseRole(role.ToWireName(), out var parsed), role.ToString());
            Assert.Equal(role, parsed);
        }
    }

    [Fact]
    public void EveryProvider_RoundTripsThroughItsWireName()
    {
        foreach (var provider in Enum.GetValues<AuthProvider>())
        {
            Assert.True(WireNames.TryParseProvider(provider.ToWireName(), out var parsed), provider.ToString());
            Assert.Equal(provider, parsed);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Admin")]
    [InlineData("root")]
    [InlineData("0")]
    public void TryParseRole_WithAnUnknownName_Fails(string? value)
    {
        Assert.False(WireNames.TryParseRole(value, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("GitHub")]
    [InlineData("facebook")]
    [InlineData("1")]
    public void TryParseProvider_WithAnUnknownName_Fails(string? value)
    {
        Assert.False(WireNames.TryParseProvider(value, out _));
    }

    [Fact]
    public void ToWireName_OfAnUndefinedValue_IsAProgrammingErrorAndThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Role)42).ToWireName());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((AuthProvider)42).ToWireName());
    }
}
