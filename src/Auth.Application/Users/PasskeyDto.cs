namespace Auth.Application.Users;

/// <summary>A passkey as its owner sees it: never the key or the credential id.</summary>
public sealed record PasskeyDto(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt)
{
    public static PasskeyDto From(Domain.Users.Passkey passkey)
    {
        ArgumentNullException.ThrowIfNull(passkey);
        return new(passkey.Id.Value, passkey.Name, passkey.CreatedAt, passkey.LastUsedAt);
    }
}
