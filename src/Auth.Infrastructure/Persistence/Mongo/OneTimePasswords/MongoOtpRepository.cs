using Auth.Application.Abstractions.Persistence;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Users;
using MongoDB.Driver;

namespace Auth.Infrastructure.Persistence.Mongo.OneTimePasswords;

internal sealed class MongoOtpRepository(AuthMongoDatabase database, MongoChangeTracker tracker) : IOtpRepository
{
    /// <summary>Newest first; ids are time-ordered (version 7), so they break ties between codes of the same millisecond.</summary>
    internal static SortDefinition<Otp> NewestFirst => Builders<Otp>.Sort.Descending(o => o.CreatedAt).Descending(o => o.Id);

    public async Task<Otp?> FindLatestAsync(EmailAddress email, OtpType type, CancellationToken cancellationToken)
    {
        var otp = await database.Otps
            .Find(LatestFilter(email, type))
            .Sort(NewestFirst)
            .Limit(1)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        return otp is null ? null : tracker.Attach(MongoAggregates.Otps, otp);
    }

    public void Add(Otp otp) => tracker.Add(MongoAggregates.Otps, otp);

    internal static FilterDefinition<Otp> LatestFilter(EmailAddress email, OtpType type) =>
        Builders<Otp>.Filter.And(Builders<Otp>.Filter.Eq(o => o.Email, email), Builders<Otp>.Filter.Eq(o => o.Type, type));
}
