using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

public interface IPasskeyChallengeRepository
{
    /// <summary>The challenge whose value hashes to <paramref name="challengeHash"/>, tracked; null when unknown.</summary>
    Task<PasskeyChallenge?> FindByChallengeHashAsync(string challengeHash, CancellationToken cancellationToken);

    void Add(PasskeyChallenge challenge);
}
