using Auth.Domain.Primitives;

namespace Auth.Domain.Users;

/// <summary>An email address, trimmed and lower-cased, so that one mailbox is one account.</summary>
public sealed record EmailAddress
{
    /// <summary>RFC 5321 limits; persistence sizes its columns from these.</summary>
    public const int MaxLength = 254;
    public const int MaxLocalPartLength = 64;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static Result<EmailAddress> Create(string? input)
    {
        var value = input?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value)) return UserErrors.EmailRequired;
        if (value.Length > MaxLength) return UserErrors.EmailInvalid;

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at > MaxLocalPartLength) return UserErrors.EmailInvalid;

        var domain = value[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot == domain.Length - 1 || domain.Contains("..", StringComparison.Ordinal)) return UserErrors.EmailInvalid;
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or ':' or '\\' or '"' or '[' or ']'))
            return UserErrors.EmailInvalid;

        return new EmailAddress(value);
    }

    /// <summary>For persistence: a value that was validated when it was stored.</summary>
    public static EmailAddress FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
