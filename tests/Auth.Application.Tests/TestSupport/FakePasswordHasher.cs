using Auth.Application.Abstractions.Security;

namespace Auth.Application.Tests.TestSupport;

/// <summary>
/// Hashes as <see cref="TestPasswordHash"/> writes them, so the users of <see cref="UserBuilder"/> sign in with their
/// password; an outdated one is the right password with outdated parameters
/// (<see cref="PasswordVerification.SucceededRehashNeeded"/>). A null hash never verifies. Every verification is recorded.
/// </summary>
public sealed class FakePasswordHasher : IPasswordHasher
{
    private readonly List<(string Password, string? Hash)> _verifications = [];

    public IReadOnlyList<(string Password, string? Hash)> Verifications => _verifications;

    public ValueTask<string> HashAsync(string password, CancellationToken cancellationToken) => ValueTask.FromResult(TestPasswordHash.Of(password));

    public ValueTask<PasswordVerification> VerifyAsync(string password, string? passwordHash, CancellationToken cancellationToken)
    {
        _verifications.Add((password, passwordHash));
        var result = passwordHash == TestPasswordHash.Of(password) ? PasswordVerification.Succeeded
            : passwordHash == TestPasswordHash.OutdatedOf(password) ? PasswordVerification.SucceededRehashNeeded
            : PasswordVerification.Failed;
        return ValueTask.FromResult(result);
    }
}
