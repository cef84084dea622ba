using Auth.Domain.Users;

namespace Auth.Infrastructure.Tests.TestSupport;

internal static class TestUsers
{
    public static readonly DateTimeOffset Epoch = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static User Local(string email = "ada@example.com", bool verified = true, Role role = Role.User)
    {
        var user = User.RegisterLocal(PersonName.FromTrusted("Ada Lovelace"), EmailAddress.FromTrusted(email), "$argon2id$stub", Epoch);
        if (verified) user.VerifyEmail(Epoch);
        if (role != Role.User) user.ChangeRole(role, Epoch);
        return user;
    }
}
