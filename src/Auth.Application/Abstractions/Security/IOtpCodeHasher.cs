using Auth.Domain.OneTimePasswords;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Security;

/// <summary>A keyed hash (HMAC with a server secret) of a code, bound to the email and type it was issued for.</summary>
public interface IOtpCodeHasher
{
    string Hash(EmailAddress email, OtpType type, string code);
}
