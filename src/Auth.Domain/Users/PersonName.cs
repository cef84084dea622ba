using Auth.Domain.Primitives;

namespace Auth.Domain.Users;

/// <summary>A display name: trimmed, 1–100 characters, no control characters.</summary>
public sealed record PersonName
{
    public const int MaxLength = 100;

    private PersonName(string value) => Value = value;

    public string Value { get; }

    public static Result<PersonName> Create(string? input)
    {
        var value = input?.Trim();
        if (string.IsNullOrEmpty(value)) return UserErrors.NameRequired;
        if (value.Length > MaxLength || value.Any(char.IsControl)) return UserErrors.NameInvalid;
        return new PersonName(value);
    }

    public static PersonName FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
