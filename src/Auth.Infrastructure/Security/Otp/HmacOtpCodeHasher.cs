using System.Security.Cryptography;
using System.Text;
using Auth.Application.Abstractions.Security;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Users;

namespace Auth.Infrastructure.Security.Otp;

/// <summary>HMAC-SHA256 over <c>"{type}\n{email}\n{code}"</c>, so a code only matches the email and purpose it was sent for.</summary>
internal sealed class HmacOtpCodeHasher(OtpHashKeyProvider keys) : IOtpCodeHasher
{
    public string Hash(EmailAddress email, OtpType type, string code)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(code);

        var input = Encoding.UTF8.GetBytes($"{type.ToWireName()}\n{email.Value}\n{code}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(keys.Key, input));
    }
}
