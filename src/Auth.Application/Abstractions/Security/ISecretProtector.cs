namespace Auth.Application.Abstractions.Security;

/// <summary>
/// Encrypts secrets kept for later use (provider tokens, authenticator secrets) with authenticated encryption under a
/// server key. <c>purpose</c> binds the ciphertext to where it is kept (for example <c>google:1234</c>), so it cannot
/// be moved to another row.
/// </summary>
public interface ISecretProtector
{
    string Protect(string plaintext, string purpose);

    /// <returns>The plaintext, or null when the value was not produced by this key for this purpose.</returns>
    string? Unprotect(string protectedValue, string purpose);
}
