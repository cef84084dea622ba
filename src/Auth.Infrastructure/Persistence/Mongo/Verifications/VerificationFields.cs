namespace Auth.Infrastructure.Persistence.Mongo.Verifications;

/// <summary>Field names of a <c>verifications</c> document (the relational table's columns, in camelCase).</summary>
internal static class VerificationFields
{
    public const string Identifier = "identifier";
    public const string ValueHash = "valueHash";
    public const string Payload = "payload";
    public const string CreatedAt = "createdAt";
    public const string ExpiresAt = "expiresAt";
}
