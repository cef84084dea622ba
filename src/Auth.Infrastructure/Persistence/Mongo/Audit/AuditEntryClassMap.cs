using Auth.Domain.Audit;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using Auth.Infrastructure.Persistence.Mongo.Users;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.Audit;

/// <summary>
/// How an <see cref="AuditEntry"/> is stored in <c>audit_entries</c>: append-only, so no <c>version</c>,
/// <c>createdAt</c> or <c>updatedAt</c>; the outcome by its contract name; absent values as explicit nulls.
/// </summary>
internal static class AuditEntryClassMap
{
    public static readonly GuidIdSerializer<AuditEntryId> IdSerializer = new(value => new AuditEntryId(value), id => id.Value);

    public static readonly WireNameSerializer<AuditOutcome> OutcomeSerializer =
        new(outcome => outcome.ToWireName(), name => AuditOutcomeNames.TryParse(name, out var outcome) ? outcome : null);

    public static void Register()
    {
        BsonClassMap.RegisterClassMap<AuditEntry>(map =>
        {
            map.SetIgnoreExtraElements(true);
            map.MapIdMember(e => e.Id).SetSerializer(IdSerializer);
            map.MapMember(e => e.Type).SetElementName(AuditEntryFields.Type);
            map.MapMember(e => e.UserId)
                .SetElementName(AuditEntryFields.UserId)
                .SetSerializer(new NullableSerializer<Auth.Domain.Users.UserId>(UserClassMap.IdSerializer));
            map.MapMember(e => e.Subject).SetElementName(AuditEntryFields.Subject);
            map.MapMember(e => e.Ip).SetElementName(AuditEntryFields.Ip);
            map.MapMember(e => e.UserAgent).SetElementName(AuditEntryFields.UserAgent);
            map.MapMember(e => e.Outcome).SetElementName(AuditEntryFields.Outcome).SetSerializer(OutcomeSerializer);
            map.MapMember(e => e.Detail).SetElementName(AuditEntryFields.Detail);
            map.MapMember(e => e.OccurredAt)
                .SetElementName(AuditEntryFields.OccurredAt)
                .SetSerializer(UtcMillisecondsDateTimeOffsetSerializer.Instance);
        });
    }
}
