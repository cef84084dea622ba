using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Accounts;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Domain.Sessions;
using Auth.Domain.Users;

namespace Auth.Infrastructure.Tests.Persistence.Mongo;

/// <summary>Aggregates with every field set, at whole-millisecond times (BSON dates hold milliseconds).</summary>
internal static class MongoSamples
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, 123, TimeSpan.Zero);

    public static User UserWithEveryField()
    {
        var now = Now;
        var user = User.RegisterLocal(PersonName.FromTrusted("Ada Lovelace"), EmailAddress.FromTrusted("ada@example.com"), "$argon2id$hash", now);
        user.VerifyEmail(now);
        user.UpdateProfile(null, Avatar.FromTrusted("https://cdn.example.com/a.png", "avatars/a", 48_213), now);
        user.SetTwoFactor(true, now);
        user.BeginTotpEnrolment("protected-totp-secret", now);
        user.ConfirmTotp(User.TotpStepAt(now), RecoveryCodes.Of(["recovery-hash-1", "recovery-hash-2"]), now);
        user.ChangeRole(Role.Admin, now);
        user.RecordSuccessfulSignIn(now);
        now = now.AddMinutes(3);
        for (var i = 0; i < LockoutPolicy.Default.MaxFailedAttempts; i++) user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, now);
        now = now.AddMinutes(1);
        user.SoftDelete(now, ReactivationPolicy.Default);
        return user;
    }

    /// <summary>A linked account signed in through since, with every field set; its tokens are (fake) ciphertext, as the domain holds them.</summary>
    public static Account AccountWithEveryField(UserId userId)
    {
        var identity = new ProviderIdentity(AuthProvider.Google, "109876543210", EmailAddress.FromTrusted("grace@example.com"), true, "Grace Hopper");
        var account = Account.Link(userId, identity, new ProtectedProviderTokens("v1.enc-access-1", "v1.enc-refresh", Now.AddHours(1), "openid email"), Now);
        account.RecordSignIn(new ProtectedProviderTokens("v1.enc-access-2", null, Now.AddHours(2), "openid email profile"), Now.AddMinutes(5));
        return account;
    }

    public static VerificationEntry Verification() =>
        new("oauth-state:google", "3f6b1c0d9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c", "{\"redirectUri\":\"https://app.example.com/cb\"}", Now, Now.AddMinutes(10));

    public static User ProviderUser() =>
        User.RegisterFromProvider(PersonName.FromTrusted("Grace Hopper"), EmailAddress.FromTrusted("grace@example.com"), AuthProvider.GitHub, "583231", true, Now);

    public static (Otp Superseded, Otp Used) OtpPair()
    {
        var email = EmailAddress.FromTrusted("ada@example.com");
        var first = Otp.Issue(email, OtpType.EmailVerification, "hash-1", null, OtpPolicy.Default, Now).Value;
        first.Verify("wrong", Now);
        var later = Now + OtpPolicy.Default.ResendDelay;
        var second = Otp.Issue(email, OtpType.EmailVerification, "hash-2", first, OtpPolicy.Default, later).Value;
        second.Verify("hash-2", later.AddSeconds(30));
        return (first, second);
    }

    public static Session RevokedSession(UserId userId)
    {
        var session = Session.Start(userId, "session-hash", "203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)", SessionPolicy.Default, Now);
        session.Touch(Now.AddHours(5), SessionPolicy.Default);
        session.Revoke(SessionRevocationReason.RefreshTokenReused, Now.AddHours(5).AddMinutes(1));
        return session;
    }

    /// <summary>A token-mode session whose first refresh token was rotated into a second.</summary>
    public static Session RefreshedSession(UserId userId)
    {
        var session = Session.Start(userId, "session-hash", null, null, SessionPolicy.Default, Now);
        session.IssueRefreshToken("refresh-hash", RefreshTokenPolicy.Default, Now);
        session.Refresh("refresh-hash", "refresh-hash-2", RefreshTokenPolicy.Default, SessionPolicy.Default, Now.AddMinutes(20));
        return session;
    }
}
