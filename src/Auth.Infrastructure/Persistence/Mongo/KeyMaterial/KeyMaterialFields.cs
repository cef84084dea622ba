namespace Auth.Infrastructure.Persistence.Mongo.KeyMaterial;

/// <summary>Field names of <c>signing_keys</c> (<c>_id</c> is the key id) and <c>server_secrets</c> (<c>_id</c> is the name).</summary>
internal static class KeyMaterialFields
{
    public const string Algorithm = "algorithm";
    public const string PrivateKey = "privateKey";
    public const string CreatedAt = "createdAt";
    public const string RetiresAt = "retiresAt";
    public const string ExpiresAt = "expiresAt";
    public const string Value = "value";
}
