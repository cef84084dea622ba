using System.Globalization;
using Auth.Application.Abstractions.Messaging;
using Auth.Domain.Accounts.Events;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Users;
using Auth.Domain.Users.Events;

namespace Auth.Application.Audit;

/// <summary>
/// A mail that tells an account's owner that the way they sign in changed (OWASP ASVS 2.2.3 and 2.5.5), so that a
/// change they did not make does not go unnoticed. Built from domain events, which carry no secret.
/// </summary>
public sealed record SecurityNotice(UserId UserId, string Subject, string What)
{
    private const string IfNotYouWithPassword =
        "If this was you, there is nothing to do. If it was not, reset your password now (\"Forgot password\"), which also signs out every device.";

    // An account without a password has nothing to reset: the way back in is the provider it signs in with, or for a
    // local account whose unproven password was discarded, an emailed code.
    private const string IfNotYouWithProvider =
        "If this was you, there is nothing to do. If it was not, secure the Google or GitHub account you sign in with, then sign out every device from your account.";

    private const string IfNotYouWithCodes =
        "If this was you, there is nothing to do. If it was not, sign in with an emailed code and sign out every device from your account.";

    public static SecurityNotice? For(IDomainEvent domainEvent) => domainEvent switch
    {
        UserPasswordChanged e => new(e.UserId, "Your password was changed", $"The password of your account was changed at {Time(e.OccurredAt)}."),
        UserUnprovenPasswordDiscarded e => new(e.UserId, "A password someone else set was removed",
            $"Someone signed up with your email address, and a password of their choosing, before you proved the address was yours. When you signed in with an emailed code at {Time(e.OccurredAt)}, that password was removed and every device signed in with it was signed out. To sign in with a password, set your own with \"Forgot password\"."),
        UserTwoFactorChanged e => new(e.UserId, $"Two-step sign-in was turned {(e.Enabled ? "on" : "off")}",
            $"Two-step sign-in (a code by email after the password) was turned {(e.Enabled ? "on" : "off")} for your account at {Time(e.OccurredAt)}."),
        UserTotpEnabled e => new(e.UserId, "An authenticator app was set up",
            $"Sign-in to your account now asks for a code from an authenticator app (or a recovery code) after the password, since {Time(e.OccurredAt)}. Keep your recovery codes somewhere safe."),
        UserTotpDisabled e => new(e.UserId, "The authenticator app was turned off",
            $"Sign-in to your account no longer asks for an authenticator code, since {Time(e.OccurredAt)}; your recovery codes no longer work."),
        PasskeyAdded e => new(e.UserId, "A passkey was added", $"The passkey \"{e.Name}\" was added to your account at {Time(e.OccurredAt)}."),
        PasskeyRemoved e => new(e.UserId, "A passkey was removed", $"The passkey \"{e.Name}\" was removed from your account at {Time(e.OccurredAt)}."),
        UserRecoveryCodeUsed e => new(e.UserId, "A recovery code was used",
            $"A recovery code was used to sign in to your account at {Time(e.OccurredAt)}; {e.CodesLeft} are left. If this was not you, change your password and sign out every device."),
        UserRecoveryCodesRegenerated e => new(e.UserId, "New recovery codes were made",
            $"New recovery codes were made for your account at {Time(e.OccurredAt)}; the earlier ones no longer work."),
        UserSecondFactorsReset e => new(e.UserId, "Your second sign-in steps were removed",
            $"An administrator removed the authenticator app, recovery codes and emailed-code step of your account at {Time(e.OccurredAt)}; sign-in now needs the password only. Set up an authenticator app again from your account."),
        SignInChallengeExhausted e => new(e.UserId, "A sign-in was stopped at the second step",
            $"Someone signed in with your password at {Time(e.OccurredAt)} and then gave wrong codes for the second step, so that sign-in was stopped. If this was not you, change your password."),
        UserLockedOut e => new(e.UserId, "Your account was locked",
            $"Your account was locked at {Time(e.OccurredAt)}, until {Time(e.LockedUntil)}, after repeated failed sign-ins with a wrong password. If these were not you, someone may be guessing your password; resetting it unlocks the account at once."),
        AccountLinked e => new(e.UserId, $"{DisplayName(e.Provider)} sign-in was added",
            $"A {DisplayName(e.Provider)} account was linked to your account at {Time(e.OccurredAt)}; it can now be used to sign in."),
        AccountUnlinked e => new(e.UserId, $"{DisplayName(e.Provider)} sign-in was removed",
            $"The {DisplayName(e.Provider)} account linked to your account was unlinked at {Time(e.OccurredAt)}."),
        _ => null,
    };

    public EmailMessage To(User owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var ifNotYou = owner.HasPassword ? IfNotYouWithPassword : owner.Provider == AuthProvider.Local ? IfNotYouWithCodes : IfNotYouWithProvider;
        return new EmailMessage(owner.Email.Value, Subject, $"{What}\n\n{ifNotYou}\n");
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string DisplayName(AuthProvider provider) => provider switch
    {
        AuthProvider.Google => "Google",
        AuthProvider.GitHub => "GitHub",
        _ => provider.ToWireName(),
    };
}
