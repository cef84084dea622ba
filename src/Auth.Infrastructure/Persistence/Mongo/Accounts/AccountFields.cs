namespace Auth.Infrastructure.Persistence.Mongo.Accounts;

/// <summary>Field names of an <c>accounts</c> document (the relational <c>accounts</c> table's columns, in camelCase).</summary>
internal static class AccountFields
{
    public const string UserId = "userId";
    public const string Provider = "provider";
    public const string ProviderAccountId = "providerAccountId";
    public const string AccessToken = "accessToken";
    public const string RefreshToken = "refreshToken";
    public const string AccessTokenExpiresAt = "accessTokenExpiresAt";
    public const string Scope = "scope";
    public const string LinkedAt = "linkedAt";
    public const string LastSignInAt = "lastSignInAt";
}
