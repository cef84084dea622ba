using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Domain.Users;

namespace Auth.Domain.Tests.Builders;

/// <summary>Builds one-time codes issued at <see cref="TestTime.Now"/>; a code is represented by its hash.</summary>
internal sealed class OtpBuilder
{
    public const string CodeHash = "hmac-of-123456";
    public const string WrongCodeHash = "hmac-of-654321";
    public const string Email = "ada@example.com";

    private OtpType _type = OtpType.SignIn;
    private OtpPolicy _policy = OtpPolicy.Default;
    private int _wrongAttempts;

    private OtpBuilder() { }

    public static OtpBuilder SignInCode() => new();

    public static OtpBuilder Of(OtpType type) => new() { _type = type };

    public OtpBuilder WithPolicy(OtpPolicy policy)
    {
        _policy = policy;
        return this;
    }

    /// <summary>Wrong guesses made at the issue instant, <see cref="TestTime.Now"/>.</summary>
    public OtpBuilder WithWrongAttempts(int count)
    {
        _wrongAttempts = count;
        return this;
    }

    public Otp Build()
    {
        var otp = Otp.Issue(EmailAddress.Create(Email).Value, _type, CodeHash, previous: null, _policy, TestTime.Now).Value;
        for (var i = 0; i < _wrongAttempts; i++) otp.Verify(WrongCodeHash, TestTime.Now);
        otp.ClearDomainEvents();
        return otp;
    }
}
