using Auth.Application.Abstractions.Security;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Deterministic and bound to email and type, like the real keyed hash.</summary>
public sealed class FakeOtpCodeHasher : IOtpCodeHasher
{
    public string Hash(EmailAddress email, OtpType type, string code) => $"{type}|{email.Value}|{code}";
}
