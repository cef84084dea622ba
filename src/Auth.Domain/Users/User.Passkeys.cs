namespace Auth.Domain.Users;

/// <summary>The user's side of passkeys: how many there are (for the DTO and the last-method rule).</summary>
public sealed partial class User
{
    public int PasskeyCount { get; private set; }

    /// <summary>
    /// Whether the user could still sign in without the method being removed: a password, a linked provider
    /// (<paramref name="linkedAccounts"/> left), or a passkey (<paramref name="passkeysLeft"/>).
    /// </summary>
    public bool HasOtherWayToSignIn(int linkedAccounts, int passkeysLeft) => HasPassword || linkedAccounts > 0 || passkeysLeft > 0;

    public void RecordPasskeyAdded(DateTimeOffset now)
    {
        PasskeyCount++;
        MarkUpdated(now);
    }

    public void RecordPasskeyRemoved(DateTimeOffset now)
    {
        PasskeyCount = Math.Max(0, PasskeyCount - 1);
        RecordSignInMethodRemoved(now);
    }
}
