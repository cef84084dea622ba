using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Users;

namespace Auth.Application.Users;

/// <summary>
/// Finds the account an email names and checks a password against it at the same cost whether the account exists or
/// not (an unknown email is verified against a dummy hash), so the time of the answer does not tell which emails exist.
/// </summary>
public sealed class CredentialCheck(IUserRepository users, IPasswordHasher hasher)
{
    /// <returns>The account, if there is one, and how the password compared (<see cref="PasswordVerification.Failed"/> without one).</returns>
    public async Task<(User? User, PasswordVerification Verification)> CheckAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(EmailAddress.Create(email).Value, cancellationToken);
        var verification = await hasher.VerifyAsync(password, user?.PasswordHash, cancellationToken);
        return (user, user is null ? PasswordVerification.Failed : verification);
    }
}
