namespace Auth.Domain.Users;

/// <summary>The lower-case names the contract and the stored schemas use for roles, providers and second-factor methods.</summary>
public static class WireNames
{
    public static string ToWireName(this Role role) => role switch
    {
        Role.User => "user",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string ToWireName(this AuthProvider provider) => provider switch
    {
        AuthProvider.Local => "local",
        AuthProvider.Google => "google",
        AuthProvider.GitHub => "github",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    public static string ToWireName(this SecondFactorMethod method) => method switch
    {
        SecondFactorMethod.Totp => "totp",
        SecondFactorMethod.Recovery => "recovery",
        SecondFactorMethod.Email => "email",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static bool TryParseSecondFactorMethod(string? value, out SecondFactorMethod method)
    {
        method = value switch
        {
            "totp" => SecondFactorMethod.Totp,
            "recovery" => SecondFactorMethod.Recovery,
            "email" => SecondFactorMethod.Email,
            _ => (SecondFactorMethod)(-1),
        };
        return Enum.IsDefined(method);
    }

    public static bool TryParseRole(string? value, out Role role)
    {
        role = value switch { "user" => Role.User, "admin" => Role.Admin, _ => (Role)(-1) };
        return Enum.IsDefined(role);
    }

    public static bool TryParseProvider(string? value, out AuthProvider provider)
    {
        provider = value switch
        {
            "local" => AuthProvider.Local,
            "google" => AuthProvider.Google,
            "github" => AuthProvider.GitHub,
            _ => (AuthProvider)(-1),
        };
        return Enum.IsDefined(provider);
    }
}
