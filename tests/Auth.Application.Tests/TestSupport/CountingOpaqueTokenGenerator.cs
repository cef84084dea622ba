using Auth.Application.Abstractions.Security;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Unique, well-formed tokens "tok-1", "tok-2", …; the stored hash is "h:" + value.</summary>
public sealed class CountingOpaqueTokenGenerator : IOpaqueTokenGenerator
{
    private int _issued;

    public OpaqueToken Generate()
    {
        var value = $"tok-{++_issued}";
        return new OpaqueToken(value, Hash(value));
    }

    public string Hash(string token) => "h:" + token;
}
