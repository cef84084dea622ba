using Auth.Domain.Accounts;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Builders;

/// <summary>Identities as providers report them; the email matches <see cref="UserBuilder"/>'s user unless told otherwise.</summary>
internal static class ProviderIdentities
{
    public const string Email = "ada@example.com";

    public static readonly ProtectedProviderTokens Tokens = new("v1.access", "v1.refresh", TestTime.Now.AddHours(1), "openid email");

    public static ProviderIdentity Google(string id = "1001", string email = Email, bool verified = true, string? name = "Ada Lovelace") =>
        new(AuthProvider.Google, id, EmailAddress.Create(email).Value, verified, name, AvatarUrl: "https://lh3.example.com/a.png");

    public static ProviderIdentity GitHub(string id = "583231", string email = Email, bool verified = true) =>
        new(AuthProvider.GitHub, id, EmailAddress.Create(email).Value, verified, null, Login: "ada");

    /// <summary>An account of <paramref name="identity"/> linked to <paramref name="user"/>, with its events cleared.</summary>
    public static Account LinkedTo(User user, ProviderIdentity identity)
    {
        var account = Account.Link(user.Id, identity, Tokens, TestTime.Now);
        account.ClearDomainEvents();
        return account;
    }
}
