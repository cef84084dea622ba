using Auth.Domain.Users;

namespace Auth.Domain.Accounts;

/// <summary>
/// Who the provider says signed in: its stable account id (Google's <c>sub</c>, GitHub's numeric id), the email it
/// vouches for (only when <see cref="EmailVerified"/>), and names for a new profile.
/// </summary>
public sealed record ProviderIdentity(
    AuthProvider Provider,
    string AccountId,
    EmailAddress? Email,
    bool EmailVerified,
    string? Name,
    string? Login = null,
    string? AvatarUrl = null)
{
    /// <summary>The email, when the provider vouched for it; null otherwise.</summary>
    public EmailAddress? VerifiedEmail => EmailVerified ? Email : null;

    /// <summary>The display name for a new user: the provider's name, else the login, else the email's local part.</summary>
    public PersonName DisplayName()
    {
        foreach (var candidate in new[] { Name, Login, Email?.Value.Split('@')[0] })
        {
            if (PersonName.Create(candidate) is { IsSuccess: true } name) return name.Value;
        }

        return PersonName.FromTrusted("User");
    }
}
