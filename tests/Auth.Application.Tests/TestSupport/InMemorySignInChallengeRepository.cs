using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;

namespace Auth.Application.Tests.TestSupport;

public sealed class InMemorySignInChallengeRepository : ISignInChallengeRepository
{
    private readonly List<SignInChallenge> _challenges = [];

    public IReadOnlyList<SignInChallenge> All => _challenges;

    public Task<SignInChallenge?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(_challenges.SingleOrDefault(c => c.TokenHash == tokenHash));

    public void Add(SignInChallenge challenge) => _challenges.Add(challenge);
}
