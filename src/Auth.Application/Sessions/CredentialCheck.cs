using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Users;

namespace Auth.Application.Sessions;

/// <summary>
/// Finds the account an email names and checks a password against it at the same cost whether the account exists or
/// not (an unknown email is verified against a dummy hash), so the time of the answer does not tell which emails exist.
/// </summary>
public sealed class CredentialCheck(IUserRepository users, IPasswordHasher hasher)
{
    // A command that lost a race runs again in the same scope with the same password: checked against the same stored
    // hash a moment ago, the answer stands, so a retry never pays for Argon2id twice.
    private (string Password, string? Hash, PasswordVerification Verification)? _last;

    /// <returns>The account, if there is one, and how the password compared (<see cref="PasswordVerification.Failed"/> without one).</returns>
    public async Task<(User? User, PasswordVerification Verification)> CheckAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(EmailAddress.Create(email).Value, cancellationToken);
        var verification = await VerifyAsync(password, user?.PasswordHash, cancellationToken);
        return (user, user is null ? PasswordVerification.Failed : verification);
    }

    private async ValueTask<PasswordVerification> VerifyAsync(string password, string? hash, CancellationToken cancellationToken)
    {
        if (_last is { } last && ReferenceEquals(last.Password, password) && string.Equals(last.Hash, hash, StringComparison.Ordinal))
            return last.Verification;

        var verification = await hasher.VerifyAsync(password, hash, cancellationToken);
        _last = (password, hash, verification);
        return verification;
    }
}
