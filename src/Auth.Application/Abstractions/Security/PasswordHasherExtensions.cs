namespace Auth.Application.Abstractions.Security;

public static class PasswordHasherExtensions
{
    /// <summary>
    /// Whether a signed-in user's password confirms a change (also when the stored hash wants a rehash). A missing
    /// password is checked as an empty one, so it costs a hash like any wrong one.
    /// </summary>
    public static async ValueTask<bool> MatchesAsync(
        this IPasswordHasher hasher, string? password, string? passwordHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        return await hasher.VerifyAsync(password ?? "", passwordHash, cancellationToken).ConfigureAwait(false) != PasswordVerification.Failed;
    }
}
