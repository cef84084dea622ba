using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Sessions;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.Sessions;

internal sealed class MongoSignInChallengeRepository(AuthMongoDatabase database, MongoChangeTracker tracker) : ISignInChallengeRepository
{
    public async Task<SignInChallenge?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var challenge = await database.SignInChallenges
            .Find(TokenHashFilter(tokenHash))
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return challenge is null ? null : tracker.Attach(MongoAggregates.SignInChallenges, challenge);
    }

    public void Add(SignInChallenge challenge) => tracker.Add(MongoAggregates.SignInChallenges, challenge);

    internal static FilterDefinition<SignInChallenge> TokenHashFilter(string tokenHash) =>
        Builders<SignInChallenge>.Filter.Eq(c => c.TokenHash, tokenHash);
}
