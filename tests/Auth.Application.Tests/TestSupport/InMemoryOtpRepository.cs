using Auth.Application.Abstractions.Persistence;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

public sealed class InMemoryOtpRepository : IOtpRepository
{
    private readonly List<Otp> _otps = [];

    public IReadOnlyList<Otp> All => _otps;

    /// <summary>The newest by creation time; of codes created in the same instant, the one added last.</summary>
    public Task<Otp?> FindLatestAsync(EmailAddress email, OtpType type, CancellationToken cancellationToken) =>
        Task.FromResult(Latest(email, type));

    public Otp? Latest(EmailAddress email, OtpType type) =>
        _otps
            .Select((otp, index) => (otp, index))
            .Where(x => x.otp.Email == email && x.otp.Type == type)
            .OrderBy(x => x.otp.CreatedAt)
            .ThenBy(x => x.index)
            .Select(x => x.otp)
            .LastOrDefault();

    public Otp? Latest(string email, OtpType type) => Latest(EmailAddress.Create(email).Value, type);

    public void Add(Otp otp) => _otps.Add(otp);
}
