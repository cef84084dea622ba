using Auth.Domain.Policies;
using Auth.Domain.Users;

namespace Auth.TestSupport.Builders;

/// <summary>
/// Users built through the aggregate's own factories and methods, in the state a test names:
/// <c>UserBuilder.Verified().WithFailedSignIns(4).Build(now)</c>, so every state is one the domain can reach. Every
/// step it replays happens at the instant given to <see cref="Build"/>. Events raised while building are cleared: a
/// test sees only what its own call raised. The password is stored as <see cref="TestPasswordHash"/> writes it.
/// </summary>
public sealed class UserBuilder
{
    public const string DefaultPassword = "correct horse battery";
    public const string DefaultEmail = "ada@example.com";

    private string _name = "Ada Lovelace";
    private string _email = DefaultEmail;
    private string _password = DefaultPassword;
    private bool _verified;
    private Role _role = Role.User;
    private int _failedSignIns;
    private bool _twoFactor;
    private bool _deleted;
    private bool _outdatedHash;
    private AuthProvider _provider = AuthProvider.Local;

    private UserBuilder() { }

    /// <summary>What a local user built with the default password stores.</summary>
    public static string DefaultPasswordHash => TestPasswordHash.Of(DefaultPassword);

    public static UserBuilder Verified() => new() { _verified = true };

    public static UserBuilder Unverified() => new();

    /// <summary>A verified user who signs in through a provider and has no password.</summary>
    public static UserBuilder FromProvider(AuthProvider provider) => new() { _verified = true, _provider = provider };

    public UserBuilder WithEmail(string email)
    {
        _email = email;
        return this;
    }

    public UserBuilder WithName(string name)
    {
        _name = name;
        return this;
    }

    public UserBuilder WithPassword(string password)
    {
        _password = password;
        return this;
    }

    public UserBuilder WithRole(Role role)
    {
        _role = role;
        return this;
    }

    public UserBuilder Admin() => WithRole(Role.Admin);

    /// <summary>Wrong passwords recorded at the build instant with the default lockout policy.</summary>
    public UserBuilder WithFailedSignIns(int count)
    {
        _failedSignIns = count;
        return this;
    }

    /// <summary>Locked at the build instant by as many failures as the default policy allows.</summary>
    public UserBuilder LockedOut() => WithFailedSignIns(LockoutPolicy.Default.MaxFailedAttempts);

    public UserBuilder WithTwoFactor()
    {
        _twoFactor = true;
        return this;
    }

    /// <summary>Soft-deleted at the build instant with the default reactivation policy.</summary>
    public UserBuilder Deleted()
    {
        _deleted = true;
        return this;
    }

    /// <summary>The right password, stored with outdated hashing parameters.</summary>
    public UserBuilder WithOutdatedHash()
    {
        _outdatedHash = true;
        return this;
    }

    public User Build(DateTimeOffset now)
    {
        var name = PersonName.Create(_name).Value;
        var email = EmailAddress.Create(_email).Value;
        var user = _provider == AuthProvider.Local
            ? User.RegisterLocal(name, email, TestPasswordHash.Of(_password), now)
            : User.RegisterFromProvider(name, email, _provider, $"{_provider}-id-of-{_email}", emailVerified: true, now);

        if (_verified) user.VerifyEmail(now);
        if (_outdatedHash) user.UpgradePasswordHash(TestPasswordHash.OutdatedOf(_password), now);
        if (_twoFactor) user.SetTwoFactor(true, now);
        if (_role != Role.User) user.ChangeRole(_role, now);
        for (var i = 0; i < _failedSignIns; i++) user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, now);
        if (_deleted) user.SoftDelete(now, ReactivationPolicy.Default);

        user.ClearDomainEvents();
        return user;
    }
}
