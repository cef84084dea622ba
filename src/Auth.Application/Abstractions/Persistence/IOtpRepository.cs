using Auth.Domain.OneTimePasswords;
using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

public interface IOtpRepository
{
    /// <summary>The most recently issued code of this email and type, whatever its state.</summary>
    Task<Otp?> FindLatestAsync(EmailAddress email, OtpType type, CancellationToken cancellationToken);

    void Add(Otp otp);
}
