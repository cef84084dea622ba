using Auth.Domain.Sessions;

namespace Auth.Application.Abstractions.Persistence;

public interface ISignInChallengeRepository
{
    /// <summary>The challenge with this token hash, tracked; null when unknown.</summary>
    Task<SignInChallenge?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    void Add(SignInChallenge challenge);
}
