using System.Security.Cryptography;
using Auth.Application.Abstractions.Security;

namespace Auth.Infrastructure.Security.Otp;

internal sealed class OtpCodeGenerator : IOtpCodeGenerator
{
    public const int MaxLength = 32;

    public string Generate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxLength);

        return string.Create(length, 0, static (digits, _) =>
        {
            for (var i = 0; i < digits.Length; i++) digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        });
    }
}
