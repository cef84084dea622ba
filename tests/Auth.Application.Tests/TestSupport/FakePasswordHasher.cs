using Auth.Application.Abstractions.Security;

namespace Auth.Application.Tests.TestSupport;

/// <summary>
/// Hash = "hash:" + password. A hash "old:" + password is the right password with outdated parameters
/// (<see cref="PasswordVerification.SucceededRehashNeeded"/>). A null hash never verifies. Every verification is recorded.
/// </summary>
public sealed class FakePasswordHasher : IPasswordHasher
{
    private readonly List<(string Password, string? Hash)> _verifications = [];

    public IReadOnlyList<(string Password, string? Hash)> Verifications => _verifications;

    public static string HashOf(string password) => "hash:" + password;

    public static string OutdatedHashOf(string password) => "old:" + password;

    public ValueTask<string> HashAsync(string password, CancellationToken cancellationToken) => ValueTask.FromResult(HashOf(password));

    public ValueTask<PasswordVerification> VerifyAsync(string password, string? passwordHash, CancellationToken cancellationToken)
    {
        _verifications.Add((password, passwordHash));
        var result = passwordHash == HashOf(password) ? PasswordVerification.Succeeded
            : passwordHash == OutdatedHashOf(password) ? PasswordVerification.SucceededRehashNeeded
            : PasswordVerification.Failed;
        return ValueTask.FromResult(result);
    }
}
