using Auth.Application.Abstractions.Security;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Numbered codes and readable hashes bound to the user, as the real keyed hash is.</summary>
public sealed class FakeRecoveryCodeHasher : IRecoveryCodeHasher
{
    private int _issued;

    public string Generate() => $"code-{++_issued:00}";

    public string Hash(UserId userId, string code) => $"hash[{userId}]({code.ToLowerInvariant()})";
}
