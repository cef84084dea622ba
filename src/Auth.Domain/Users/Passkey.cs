using Auth.Domain.Primitives;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Users;

/// <summary>
/// A WebAuthn credential a user registered: its id and COSE public key as the authenticator made them, the signature
/// counter, and what the authenticator said about itself. The signature is checked by the adapter; the rules here are
/// the counter (a counter that does not move forward means a cloned authenticator) and naming.
/// </summary>
public sealed class Passkey : AggregateRoot<PasskeyId>
{
    public const int MaxNameLength = 64;
    public const int MaxCredentialIdLength = 512;
    public const int MaxUserHandleLength = 128;

    private Passkey(PasskeyId id, UserId userId, string credentialId, string userHandle, byte[] publicKey, DateTimeOffset now)
        : base(id, now)
    {
        UserId = userId;
        CredentialId = credentialId;
        UserHandle = userHandle;
        PublicKey = publicKey;
    }

    private Passkey() { }

    public UserId UserId { get; private set; }

    /// <summary>The credential id, base64url.</summary>
    public string CredentialId { get; private set; } = null!;

    /// <summary>The WebAuthn user handle, base64url: random, the same for all of a user's passkeys, never the email.</summary>
    public string UserHandle { get; private set; } = null!;

    /// <summary>The COSE-encoded public key.</summary>
    public byte[] PublicKey { get; private set; } = [];

    public long SignCount { get; private set; }

    /// <summary>Transports the authenticator named (usb, nfc, ble, internal, hybrid), comma-separated.</summary>
    public string Transports { get; private set; } = "";

    public Guid Aaguid { get; private set; }

    public bool BackupEligible { get; private set; }

    public bool BackedUp { get; private set; }

    public string Name { get; private set; } = null!;

    public DateTimeOffset? LastUsedAt { get; private set; }

    /// <summary>A verified registration for <paramref name="owner"/>, who then counts one more passkey.</summary>
    public static Result<Passkey> Register(User owner, string userHandle, VerifiedCredential credential, string? name, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentException.ThrowIfNullOrEmpty(userHandle);
        var named = Named(name);
        if (named is null) return PasskeyErrors.NameInvalid;

        var userId = owner.Id;
        var passkey = new Passkey(PasskeyId.New(now), userId, credential.CredentialId, userHandle, credential.PublicKey, now)
        {
            SignCount = credential.SignCount,
            Transports = string.Join(',', credential.Transports),
            Aaguid = credential.Aaguid,
            BackupEligible = credential.BackupEligible,
            BackedUp = credential.BackedUp,
            Name = named,
        };
        owner.RecordPasskeyAdded(now);
        passkey.Raise(new PasskeyAdded(passkey.Id, userId, named, now));
        return passkey;
    }

    /// <summary>
    /// A verified assertion: the counter must move forward unless the authenticator keeps none (both zero). A counter
    /// that stayed or went back is refused and raised as <see cref="PasskeyCounterRegressed"/> (audited).
    /// </summary>
    public Result RecordSignIn(long presentedCount, bool backedUp, DateTimeOffset now)
    {
        if ((presentedCount != 0 || SignCount != 0) && presentedCount <= SignCount)
        {
            Raise(new PasskeyCounterRegressed(Id, UserId, SignCount, presentedCount, now));
            return PasskeyErrors.Invalid;
        }

        SignCount = presentedCount;
        BackedUp = backedUp;
        LastUsedAt = now;
        MarkUpdated(now);
        return Result.Success;
    }

    public Result Rename(string? name, DateTimeOffset now)
    {
        if (Named(name) is not { } named) return PasskeyErrors.NameInvalid;
        Name = named;
        MarkUpdated(now);
        return Result.Success;
    }

    /// <summary>
    /// Removal by its owner, refused when it is the last way left to sign in (<see cref="User.HasOtherWayToSignIn"/>).
    /// The owner takes a new version, so two removals racing each other cannot both pass the check.
    /// </summary>
    public Result Remove(User owner, int linkedAccounts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (owner.Id != UserId) return PasskeyErrors.NotFound;
        if (!owner.HasOtherWayToSignIn(linkedAccounts, passkeysLeft: owner.PasskeyCount - 1)) return PasskeyErrors.LastSignInMethod;
        owner.RecordPasskeyRemoved(now);
        Raise(new PasskeyRemoved(Id, UserId, Name, now));
        return Result.Success;
    }

    private static string? Named(string? name) =>
        name?.Trim() is { Length: > 0 and <= MaxNameLength } trimmed ? trimmed : null;
}
