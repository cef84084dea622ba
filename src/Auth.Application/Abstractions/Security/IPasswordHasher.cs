namespace Auth.Application.Abstractions.Security;

/// <summary>
/// Argon2id password hashing. Both calls are bounded in how many run at once. <see cref="VerifyAsync"/> with a
/// null hash verifies against a dummy hash, so an unknown email costs the same time as a wrong password.
/// </summary>
public interface IPasswordHasher
{
    ValueTask<string> HashAsync(string password, CancellationToken cancellationToken);

    ValueTask<PasswordVerification> VerifyAsync(string password, string? passwordHash, CancellationToken cancellationToken);
}
