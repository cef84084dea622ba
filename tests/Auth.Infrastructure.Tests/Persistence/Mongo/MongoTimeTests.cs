using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using MongoDB.Bson;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

public sealed class MongoTimeTests
{
    /// <summary>123.4567 ms past a whole second, at +02:00.</summary>
    private static readonly DateTimeOffset SubMillisecond =
        new DateTimeOffset(2026, 3, 1, 11, 30, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

    [Fact]
    public void Time_IsStoredAsAUtcBsonDateTruncatedToTheMillisecond()
    {
        var session = Session.Start(UserId.New(SubMillisecond), "h", null, null, SessionPolicy.Default, SubMillisecond);

        var document = MongoBson.ToDocument(session);

        Assert.Equal(new BsonDateTime(SubMillisecond.ToUnixTimeMilliseconds()), document["createdAt"]);
        Assert.Equal(
            new DateTime(2026, 3, 1, 9, 30, 0, 123, DateTimeKind.Utc),
            document["createdAt"].ToUniversalTime());
    }

    [Fact]
    public void Time_ReadBack_IsTheTruncatedInstantAtOffsetZero_AndTruncatingAgainChangesNothing()
    {
        var session = Session.Start(UserId.New(SubMillisecond), "h", null, null, SessionPolicy.Default, SubMillisecond);

        var loaded = MongoBson.RoundTrip(session);

        Assert.Equal(UtcMillisecondsDateTimeOffsetSerializer.Truncate(SubMillisecond), loaded.CreatedAt);
        Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset);
        Assert.Equal(SubMillisecond.AddTicks(-4_567), loaded.CreatedAt);
        Assert.Equal(MongoBson.ToDocument(loaded), MongoBson.ToDocument(MongoBson.RoundTrip(loaded)));
    }

    [Fact]
    public void Truncate_GoesTowardsThePast()
    {
        var justBefore = new DateTimeOffset(2026, 3, 1, 9, 30, 0, 999, TimeSpan.Zero).AddTicks(9_999);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 30, 0, 999, TimeSpan.Zero), UtcMillisecondsDateTimeOffsetSerializer.Truncate(justBefore));
    }

    [Fact]
    public void Time_StoredAsSomethingElseThanADate_FailsToLoad()
    {
        var document = MongoBson.ToDocument(Session.Start(UserId.New(SubMillisecond), "h", null, null, SessionPolicy.Default, SubMillisecond));
        document["expiresAt"] = "2026-03-01T09:30:00Z";

        Assert.Throws<FormatException>(() => MongoBson.FromDocument<Session>(document));
    }
}
