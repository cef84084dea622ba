namespace Auth.Application.Abstractions.Security;

/// <summary>A fresh token: <see cref="Value"/> goes to the client once, <see cref="Hash"/> is what is stored.</summary>
public sealed record OpaqueToken(string Value, string Hash)
{
    public override string ToString() => "OpaqueToken { Value = ***, Hash = *** }";
}
