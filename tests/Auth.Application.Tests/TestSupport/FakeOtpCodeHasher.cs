using Auth.Application.Abstractions.Security;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Deterministic and bound to email and type, like the real keyed hash.</summary>
public sealed class FakeOtpCodeHasher : IOtpCodeHasher
{
    /// <summary>How many codes were hashed: the work a request cost, whether or not its code was kept.</summary>
    public int Hashes { get; private set; }

    public string Hash(EmailAddress email, OtpType type, string code)
    {
        Hashes++;
        return $"{type}|{email.Value}|{code}";
    }
}
