using Auth.Domain.Policies;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <summary>
/// Users built through the aggregate's own factories and methods, in the state a test names:
/// <c>UserBuilder.Verified().WithFailedSignIns(4)</c>. The password hash is the one <see cref="FakePasswordHasher"/> accepts.
/// </summary>
public sealed class UserBuilder
{
    public const string DefaultPassword = "correct horse battery";
    public const string DefaultEmail = "ada@example.com";

    private string _name = "Ada Lovelace";
    private string _email = DefaultEmail;
    private string _password = DefaultPassword;
    private bool _verified;
    private int _failedSignIns;
    private bool _twoFactor;
    private bool _deleted;
    private bool _admin;
    private bool _outdatedHash;
    private AuthProvider _provider = AuthProvider.Local;

    private UserBuilder() { }

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

    public UserBuilder WithFailedSignIns(int count)
    {
        _failedSignIns = count;
        return this;
    }

    /// <summary>Locked by the default policy's number of failures, at build time.</summary>
    public UserBuilder Locked() => WithFailedSignIns(LockoutPolicy.Default.MaxFailedAttempts);

    public UserBuilder WithTwoFactor()
    {
        _twoFactor = true;
        return this;
    }

    /// <summary>Soft-deleted at build time; reactivation opens after the default delay.</summary>
    public UserBuilder Deleted()
    {
        _deleted = true;
        return this;
    }

    public UserBuilder Admin()
    {
        _admin = true;
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
            ? User.RegisterLocal(name, email, FakePasswordHasher.HashOf(_password), now)
            : User.RegisterFromProvider(name, email, _provider, $"{_provider}-id-of-{_email}", emailVerified: true, now);

        if (_verified) user.VerifyEmail(now);
        if (_outdatedHash) user.UpgradePasswordHash(FakePasswordHasher.OutdatedHashOf(_password), now);
        if (_twoFactor) user.SetTwoFactor(true, now);
        if (_admin) user.ChangeRole(Role.Admin, now);
        for (var i = 0; i < _failedSignIns; i++) user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, now);
        if (_deleted) user.SoftDelete(now, ReactivationPolicy.Default);
        user.ClearDomainEvents();
        return user;
    }
}
