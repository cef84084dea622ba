using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Users;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.Users;

internal sealed class MongoPasskeyChallengeRepository(AuthMongoDatabase database, MongoChangeTracker tracker) : IPasskeyChallengeRepository
{
    public async Task<PasskeyChallenge?> FindByChallengeHashAsync(string challengeHash, CancellationToken cancellationToken)
    {
        var challenge = await database.PasskeyChallenges
            .Find(Builders<PasskeyChallenge>.Filter.Eq(c => c.ChallengeHash, challengeHash))
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return challenge is null ? null : tracker.Attach(MongoAggregates.PasskeyChallenges, challenge);
    }

    public void Add(PasskeyChallenge challenge) => tracker.Add(MongoAggregates.PasskeyChallenges, challenge);
}
