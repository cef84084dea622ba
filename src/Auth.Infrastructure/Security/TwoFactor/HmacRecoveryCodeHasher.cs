using System.Security.Cryptography;
using System.Text;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Users;
using Auth.Infrastructure.Security.Otp;

namespace Auth.Infrastructure.Security.TwoFactor;

/// <summary>
/// Recovery codes: 12 characters of Crockford's base32 (60 random bits) shown as <c>xxxx-xxxx-xxxx</c>; stored as
/// HMAC-SHA256 under the server key of the one-time codes, over <c>"recovery\n{userId}\n{CODE}"</c>, so a hash matches
/// only its user and a stolen table cannot be searched without the key.
/// </summary>
internal sealed class HmacRecoveryCodeHasher(OtpHashKeyProvider keys) : IRecoveryCodeHasher
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private const int Length = 12;
    private const int GroupLength = 4;

    public string Generate()
    {
        var code = new StringBuilder(Length + (Length / GroupLength) - 1);
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % GroupLength == 0) code.Append('-');
            code.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        }

        return code.ToString();
    }

    public string Hash(UserId userId, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalized = code.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var input = Encoding.UTF8.GetBytes($"recovery\n{userId}\n{normalized}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(keys.Key, input));
    }
}
