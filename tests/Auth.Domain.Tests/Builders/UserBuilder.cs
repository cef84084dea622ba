using Auth.Domain.Policies;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Builders;

/// <summary>
/// Builds local users registered at <see cref="TestTime.Now"/> through their real factory and methods, so every
/// state is one the domain can reach; every step it replays happens at that same instant.
/// Events raised while building are cleared: a test sees only what its own call raised.
/// </summary>
internal sealed class UserBuilder
{
    public const string PasswordHash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
    private const string Email = "ada@example.com";

    private string _name = "Ada Lovelace";
    private bool _verified;
    private Role _role = Role.User;
    private int _failedSignIns;
    private bool _deleted;

    private UserBuilder() { }

    public static UserBuilder Verified() => new() { _verified = true };

    public static UserBuilder Unverified() => new();

    public UserBuilder WithName(string name)
    {
        _name = name;
        return this;
    }

    public UserBuilder WithRole(Role role)
    {
        _role = role;
        return this;
    }

    /// <summary>Wrong passwords recorded at the build instant with the default lockout policy.</summary>
    public UserBuilder WithFailedSignIns(int count)
    {
        _failedSignIns = count;
        return this;
    }

    /// <summary>Locked at the build instant by as many failures as the default policy allows.</summary>
    public UserBuilder LockedOut() => WithFailedSignIns(LockoutPolicy.Default.MaxFailedAttempts);

    /// <summary>Soft-deleted at the build instant with the default reactivation policy.</summary>
    public UserBuilder Deleted()
    {
        _deleted = true;
        return this;
    }

    public User Build()
    {
        var name = PersonName.Create(_name).Value;
        var user = User.RegisterLocal(name, EmailAddress.Create(Email).Value, PasswordHash, TestTime.Now);

        if (_verified) user.VerifyEmail(TestTime.Now);
        user.ChangeRole(_role, TestTime.Now);
        for (var i = 0; i < _failedSignIns; i++) user.AttemptSignIn(passwordMatches: false, LockoutPolicy.Default, requireVerifiedEmail: false, TestTime.Now);
        if (_deleted) user.SoftDelete(TestTime.Now, ReactivationPolicy.Default);

        user.ClearDomainEvents();
        return user;
    }
}
