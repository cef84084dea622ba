using Auth.Infrastructure.Email.Outbox;
using Auth.Infrastructure.Persistence.Mongo.Serialization;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Auth.Infrastructure.Persistence.Mongo.MailOutbox;

/// <summary>
/// How a <see cref="QueuedMail"/> is stored: ids as standard UUIDs, the state by name, times as millisecond UTC dates,
/// and no field at all for what is unset (so the TTL index passes over unfinished messages).
/// </summary>
internal static class QueuedMailClassMap
{
    public static void Register()
    {
        BsonClassMap.RegisterClassMap<QueuedMail>(map =>
        {
            map.SetIgnoreExtraElements(true);
            var uuid = new GuidSerializer(GuidRepresentation.Standard);
            var time = UtcMillisecondsDateTimeOffsetSerializer.Instance;
            map.MapIdMember(m => m.Id).SetSerializer(uuid);
            map.MapMember(m => m.Recipient).SetElementName(QueuedMailFields.Recipient);
            map.MapMember(m => m.Subject).SetElementName(QueuedMailFields.Subject);
            map.MapMember(m => m.ProtectedBody).SetElementName(QueuedMailFields.ProtectedBody).SetIgnoreIfNull(true);
            map.MapMember(m => m.State).SetElementName(QueuedMailFields.State).SetSerializer(new EnumSerializer<QueuedMailState>(BsonType.String));
            map.MapMember(m => m.Attempts).SetElementName(QueuedMailFields.Attempts);
            map.MapMember(m => m.QueuedAt).SetElementName(QueuedMailFields.QueuedAt).SetSerializer(time);
            map.MapMember(m => m.DueAt).SetElementName(QueuedMailFields.DueAt).SetSerializer(time);
            map.MapMember(m => m.LeaseId).SetElementName(QueuedMailFields.LeaseId)
                .SetSerializer(new NullableSerializer<Guid>(uuid)).SetIgnoreIfNull(true);
            map.MapMember(m => m.LastError).SetElementName(QueuedMailFields.LastError).SetIgnoreIfNull(true);
            map.MapMember(m => m.FinishedAt).SetElementName(QueuedMailFields.FinishedAt)
                .SetSerializer(new NullableSerializer<DateTimeOffset>(time)).SetIgnoreIfNull(true);
            map.MapMember(m => m.DeleteAfter).SetElementName(QueuedMailFields.DeleteAfter)
                .SetSerializer(new NullableSerializer<DateTimeOffset>(time)).SetIgnoreIfNull(true);
        });
    }
}
