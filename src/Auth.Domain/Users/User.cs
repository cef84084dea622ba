using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Users.Events;

namespace Auth.Domain.Users;

/// <summary>
/// A person who can sign in: locally with email and password, or through an OAuth provider.
/// Owns the sign-in rules (lockout, verification, soft delete and reactivation).
/// </summary>
public sealed partial class User : AggregateRoot<UserId>
{
    private User(UserId id, PersonName name, EmailAddress email, AuthProvider provider, DateTimeOffset now)
        : base(id, now)
    {
        Name = name;
        Email = email;
        Provider = provider;
        Role = Role.User;
    }

    private User() { }

    public PersonName Name { get; private set; } = null!;

    public EmailAddress Email { get; private set; } = null!;

    /// <summary>An opaque PHC string from the password hasher; null for accounts that only use a provider.</summary>
    public string? PasswordHash { get; private set; }

    public Role Role { get; private set; }

    public AuthProvider Provider { get; private set; }

    public string? ProviderId { get; private set; }

    public Avatar? Avatar { get; private set; }

    public bool IsEmailVerified { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    public bool TwoFactorEnabled { get; private set; }

    public int FailedSignInCount { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public bool IsDeleted { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public DateTimeOffset? ReactivateAvailableAt { get; private set; }

    public bool HasPassword => PasswordHash is not null;

    /// <summary>An admin whose account still stands; checked against the stored account on every admin request.</summary>
    public bool MayAdminister => Role == Role.Admin && !IsDeleted;

    /// <summary>A user who signed up with a password. Always a plain user: nobody has proved the mailbox yet (see <see cref="VerifyEmail"/>).</summary>
    public static User RegisterLocal(PersonName name, EmailAddress email, string passwordHash, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        var user = new User(UserId.New(now), name, email, AuthProvider.Local, now) { PasswordHash = passwordHash };
        user.Raise(new UserRegistered(user.Id, now));
        return user;
    }

    /// <summary>A user created by a provider sign-in: the provider vouched for the email, there is no password.</summary>
    public static User RegisterFromProvider(
        PersonName name, EmailAddress email, AuthProvider provider, string providerId, bool emailVerified, DateTimeOffset now)
    {
        if (provider == AuthProvider.Local) throw new ArgumentException("Use RegisterLocal for local accounts.", nameof(provider));
        ArgumentException.ThrowIfNullOrEmpty(providerId);
        var user = new User(UserId.New(now), name, email, provider, now)
        {
            ProviderId = providerId,
            IsEmailVerified = emailVerified,
        };
        user.Raise(new UserRegistered(user.Id, now));
        return user;
    }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && now < until;

    /// <summary>Refuses deleted and locked accounts, and unverified ones when the policy asks for verification.</summary>
    public Result EnsureCanSignIn(DateTimeOffset now, bool requireVerifiedEmail)
    {
        if (IsDeleted) return UserErrors.Deleted(ReactivateAvailableAt ?? now);
        if (IsLockedAt(now)) return UserErrors.LockedOut(LockedUntil!.Value);
        if (requireVerifiedEmail && !IsEmailVerified) return UserErrors.EmailNotVerified;
        return Result.Success;
    }

    /// <summary>
    /// Counts a wrong password. The count restarts once an earlier lock has expired; failures while locked
    /// neither count nor extend the lock. Reaching the limit locks the account.
    /// </summary>
    private Result RecordFailedSignIn(DateTimeOffset now, LockoutPolicy policy)
    {
        if (IsLockedAt(now)) return UserErrors.LockedOut(LockedUntil!.Value);
        if (LockedUntil is not null)
        {
            LockedUntil = null;
            FailedSignInCount = 0;
        }

        FailedSignInCount++;
        MarkUpdated(now);
        if (FailedSignInCount < policy.MaxFailedAttempts) return UserErrors.InvalidCredentials;

        LockedUntil = now + policy.LockDuration;
        Raise(new UserLockedOut(Id, LockedUntil.Value, now));
        return UserErrors.LockedOut(LockedUntil.Value);
    }

    /// <summary>
    /// The whole password sign-in rule. An account without a password has nothing to guess: a guess is refused and
    /// never counts, so nobody can lock a provider-only account. A locked account refuses even the right password; a
    /// wrong one counts towards the lock, on a deleted account too (else a deleted account would be a password oracle
    /// without a limit); a deleted account says so only to the right password; an unverified email is refused when
    /// verification is required; with two-factor on, success waits for the second step.
    /// </summary>
    public Result<SignInStep> AttemptSignIn(bool passwordMatches, LockoutPolicy policy, bool requireVerifiedEmail, DateTimeOffset now)
    {
        if (!HasPassword) return UserErrors.InvalidCredentials;
        if (IsLockedAt(now)) return UserErrors.LockedOut(LockedUntil!.Value);
        if (!passwordMatches) return RecordFailedSignIn(now, policy).Error!;
        if (IsDeleted) return UserErrors.Deleted(ReactivateAvailableAt ?? now);
        if (requireVerifiedEmail && !IsEmailVerified) return UserErrors.EmailNotVerified;
        if (HasSecondFactor) return SignInStep.SecondFactorRequired;

        RecordSuccessfulSignIn(now);
        return SignInStep.Completed;
    }

    /// <summary>
    /// Sign-in with an emailed code (passwordless, or the second step of the emailed-code two-factor). The code proves
    /// the mailbox, so it also verifies the email. When it is the first proof, the password was chosen by whoever
    /// signed up, who may not own the mailbox (pre-account hijacking): it is discarded, and the caller ends the sessions
    /// it made. With the authenticator app on, the mailbox alone is not enough: the code is only the first step.
    /// </summary>
    public Result<CodeSignIn> CompleteCodeSignIn(DateTimeOffset now, BootstrapAdminPolicy bootstrapAdmin)
    {
        var allowed = EnsureCanSignIn(now, requireVerifiedEmail: false);
        if (allowed.IsFailure) return allowed.Error!;
        if (TotpEnabled) return new CodeSignIn(UnprovenPasswordDiscarded: false, SignInStep.SecondFactorRequired);

        var discardPassword = !IsEmailVerified && HasPassword;
        if (discardPassword)
        {
            PasswordHash = null;
            Raise(new UserUnprovenPasswordDiscarded(Id, now));
        }

        VerifyEmail(now, bootstrapAdmin);
        RecordSuccessfulSignIn(now);
        return new CodeSignIn(UnprovenPasswordDiscarded: discardPassword);
    }

    /// <summary>
    /// Refuses a deleted account to a sign-in that is not the password (a provider, later a passkey): the password
    /// lock is about password guessing, so it does not stand in their way.
    /// </summary>
    public Result EnsureCanSignInWithoutPassword(DateTimeOffset now) =>
        IsDeleted ? UserErrors.Deleted(ReactivateAvailableAt ?? now) : Result.Success;

    /// <summary>A sign-in by another factor than the password: recorded, and the password's failure count and lock stay as they are.</summary>
    public void RecordSignInWithoutPassword(DateTimeOffset now)
    {
        LastSignInAt = now;
        MarkUpdated(now);
        Raise(new UserSignedIn(Id, now));
    }

    /// <summary>
    /// A way to sign in was removed after checking that another remains. The user takes a new version, so two
    /// removals racing each other conflict instead of both passing the check and leaving no way in.
    /// </summary>
    public void RecordSignInMethodRemoved(DateTimeOffset now)
    {
        MarkUpdated(now);
        DemandNewVersion();
    }

    public void RecordSuccessfulSignIn(DateTimeOffset now)
    {
        FailedSignInCount = 0;
        LockedUntil = null;
        LastSignInAt = now;
        MarkUpdated(now);
        Raise(new UserSignedIn(Id, now));
    }

    public void Unlock(DateTimeOffset now)
    {
        if (FailedSignInCount == 0 && LockedUntil is null) return;
        FailedSignInCount = 0;
        LockedUntil = null;
        MarkUpdated(now);
        Raise(new UserUnlocked(Id, now));
    }

    /// <summary>
    /// The mailbox is proved. The configured first administrator becomes admin here, never at sign-up, so nobody can
    /// squat the role by signing up first with that email.
    /// </summary>
    public void VerifyEmail(DateTimeOffset now, BootstrapAdminPolicy? bootstrapAdmin = null)
    {
        if (IsEmailVerified) return;
        IsEmailVerified = true;
        MarkUpdated(now);
        Raise(new UserEmailVerified(Id, now));
        if (bootstrapAdmin?.AppliesTo(Email.Value) == true) ChangeRole(Role.Admin, now);
    }

    /// <summary>Sets a new password hash (change or reset). A reset also proves the mailbox, so it clears the lockout.</summary>
    public void ChangePassword(string newPasswordHash, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(newPasswordHash);
        PasswordHash = newPasswordHash;
        MarkUpdated(now);
        Raise(new UserPasswordChanged(Id, now));
    }

    public void ResetPassword(string newPasswordHash, DateTimeOffset now)
    {
        ChangePassword(newPasswordHash, now);
        Unlock(now);
    }

    /// <summary>Replaces the stored hash by one with current parameters; the password itself is unchanged.</summary>
    public void UpgradePasswordHash(string rehashed, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(rehashed);
        PasswordHash = rehashed;
        MarkUpdated(now);
    }

    public void UpdateProfile(PersonName? name, Avatar? avatar, DateTimeOffset now)
    {
        if (name is null && avatar is null) return;
        Name = name ?? Name;
        Avatar = avatar ?? Avatar;
        MarkUpdated(now);
    }

    /// <summary>The emailed code as second factor (<c>PUT /users/me/two-factor</c>); it counts only while TOTP is off.</summary>
    public void SetTwoFactor(bool enabled, DateTimeOffset now)
    {
        if (TwoFactorEnabled == enabled) return;
        TwoFactorEnabled = enabled;
        MarkUpdated(now);
        Raise(new UserTwoFactorChanged(Id, enabled, now));
    }

    /// <returns>Whether the role changed: the tokens the user holds then carry a role they no longer have.</returns>
    public bool ChangeRole(Role role, DateTimeOffset now)
    {
        if (!Enum.IsDefined(role)) throw new ArgumentOutOfRangeException(nameof(role), role, null);
        if (Role == role) return false;
        Raise(new UserRoleChanged(Id, Role, role, now));
        Role = role;
        MarkUpdated(now);
        return true;
    }

    /// <summary>Marks the account deleted; the owner may reactivate it after the policy's delay. Deleting twice changes nothing.</summary>
    public void SoftDelete(DateTimeOffset now, ReactivationPolicy policy)
    {
        if (IsDeleted) return;
        IsDeleted = true;
        DeletedAt = now;
        ReactivateAvailableAt = now + policy.Delay;
        MarkUpdated(now);
        Raise(new UserDeleted(Id, now));
    }

    /// <summary>
    /// The owner deletes their account. An account with a password must confirm it (<see cref="ConfirmPassword"/>: a
    /// wrong one counts towards the lock); an account without one (made through a provider) has nothing to confirm.
    /// </summary>
    public Result DeleteByOwner(bool passwordMatches, LockoutPolicy lockout, ReactivationPolicy reactivation, DateTimeOffset now)
    {
        if (HasPassword)
        {
            var confirmed = ConfirmPassword(passwordMatches, lockout, now);
            if (confirmed.IsFailure) return confirmed;
        }

        SoftDelete(now, reactivation);
        return Result.Success;
    }

    /// <summary>The owner brings the account back, once the reactivation window has opened.</summary>
    public Result Reactivate(DateTimeOffset now)
    {
        if (!IsDeleted) return UserErrors.NotDeleted;
        if (ReactivateAvailableAt is { } availableAt && now < availableAt) return UserErrors.Deleted(availableAt);
        Restore(now);
        return Result.Success;
    }

    /// <summary>
    /// The owner's reactivation with their password: wrong passwords count towards the lock as in sign-in;
    /// the right one restores the account once the window has opened, then signs in as <see cref="AttemptSignIn"/> does.
    /// </summary>
    public Result<SignInStep> AttemptReactivation(bool passwordMatches, LockoutPolicy policy, bool requireVerifiedEmail, DateTimeOffset now)
    {
        if (!HasPassword) return UserErrors.InvalidCredentials;
        if (IsLockedAt(now)) return UserErrors.LockedOut(LockedUntil!.Value);
        if (!passwordMatches) return RecordFailedSignIn(now, policy).Error!;
        var reactivated = Reactivate(now);
        if (reactivated.IsFailure) return reactivated.Error!;
        return AttemptSignIn(passwordMatches: true, policy, requireVerifiedEmail, now);
    }

    /// <summary>
    /// A signed-in user confirms a sensitive change (password change, account deletion) with the password.
    /// A wrong password counts towards the lock, so a stolen access token cannot be used to guess it.
    /// </summary>
    public Result ConfirmPassword(bool passwordMatches, LockoutPolicy policy, DateTimeOffset now)
    {
        if (!HasPassword) return UserErrors.NoPassword;
        if (IsLockedAt(now)) return UserErrors.LockedOut(LockedUntil!.Value);
        return passwordMatches ? Result.Success : RecordFailedSignIn(now, policy);
    }

    /// <summary>An administrator brings the account back at any time.</summary>
    public void Restore(DateTimeOffset now)
    {
        if (!IsDeleted) return;
        IsDeleted = false;
        DeletedAt = null;
        ReactivateAvailableAt = null;
        MarkUpdated(now);
        Raise(new UserReactivated(Id, now));
    }
}
