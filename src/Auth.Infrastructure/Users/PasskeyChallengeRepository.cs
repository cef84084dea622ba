using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Users;

internal sealed class PasskeyChallengeRepository(AuthDbContext db) : IPasskeyChallengeRepository
{
    public Task<PasskeyChallenge?> FindByChallengeHashAsync(string challengeHash, CancellationToken cancellationToken) =>
        db.PasskeyChallenges.FirstOrDefaultAsync(c => c.ChallengeHash == challengeHash, cancellationToken);

    public void Add(PasskeyChallenge challenge) => db.PasskeyChallenges.Add(challenge);
}
