using Auth.Application.Abstractions;
using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Application.Users.VerifyEmail;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Policies;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.VerifyEmail;

public sealed class VerifyEmailCommandHandlerTests
{
    private const string WrongCode = "654321";

    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task VerifyEmail_WithTheMailedCode_VerifiesTheEmail()
    {
        var user = _fx.Given(UserBuilder.Unverified());
        _fx.GivenCodeSent(user, OtpType.EmailVerification);

        var dto = (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode))).ShouldSucceed();

        Assert.True(dto.IsEmailVerified);
        Assert.True(user.IsEmailVerified);
    }

    [Fact]
    public async Task VerifyEmail_WithAWrongCode_ReturnsOtpInvalidAndLeavesTheEmailUnverified()
    {
        var user = _fx.Given(UserBuilder.Unverified());
        _fx.GivenCodeSent(user, OtpType.EmailVerification);

        (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, WrongCode))).ShouldFailWith(ErrorCodes.OtpInvalid);

        Assert.False(user.IsEmailVerified);
    }

    [Fact]
    public async Task VerifyEmail_WhenNoCodeWasSent_ReturnsOtpInvalid()
    {
        var user = _fx.Given(UserBuilder.Unverified());

        (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode))).ShouldFailWith(ErrorCodes.OtpInvalid);

        Assert.False(user.IsEmailVerified);
    }

    [Fact]
    public async Task VerifyEmail_WithACodeOfAnotherType_ReturnsOtpInvalid()
    {
        var user = _fx.Given(UserBuilder.Unverified());
        _fx.GivenCodeSent(user, OtpType.SignIn);

        (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode))).ShouldFailWith(ErrorCodes.OtpInvalid);
    }

    [Fact]
    public async Task VerifyEmail_AfterTheCodeExpired_ReturnsOtpInvalid()
    {
        var user = _fx.Given(UserBuilder.Unverified());
        _fx.GivenCodeSent(user, OtpType.EmailVerification);
        _fx.Clock.Advance(TimeSpan.FromMinutes(5));

        (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode))).ShouldFailWith(ErrorCodes.OtpInvalid);

        Assert.False(user.IsEmailVerified);
    }

    [Fact]
    public async Task VerifyEmail_WithACodeAlreadyUsed_ReturnsOtpInvalid()
    {
        var user = _fx.Given(UserBuilder.Unverified());
        _fx.GivenCodeSent(user, OtpType.EmailVerification);
        (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode))).ShouldSucceed();

        (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode))).ShouldFailWith(ErrorCodes.OtpInvalid);
    }

    [Fact]
    public async Task VerifyEmail_WhenTheFifthGuessIsWrong_ReturnsOtpAttemptsExceededAndTheRightCodeNoLongerWorks()
    {
        var user = _fx.Given(UserBuilder.Unverified());
        _fx.GivenCodeSent(user, OtpType.EmailVerification);
        for (var guess = 1; guess < 5; guess++)
            (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, WrongCode))).ShouldFailWith(ErrorCodes.OtpInvalid);

        (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, WrongCode))).ShouldFailWith(ErrorCodes.OtpAttemptsExceeded);
        (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, FixedOtpCodeGenerator.DefaultCode)))
            .ShouldFailWith(ErrorCodes.OtpAttemptsExceeded);
        Assert.False(user.IsEmailVerified);
    }

    [Fact]
    public async Task VerifyEmail_WithTheCodeOfASupersededRequest_ReturnsOtpInvalid()
    {
        var user = _fx.Given(UserBuilder.Unverified());
        _fx.GivenCodeSent(user, OtpType.EmailVerification, "111111");
        _fx.Clock.Advance(TimeSpan.FromMinutes(1));
        _fx.GivenCodeSent(user, OtpType.EmailVerification, "222222");

        (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, "111111"))).ShouldFailWith(ErrorCodes.OtpInvalid);
        (await Handle(new VerifyEmailCommand(UserBuilder.DefaultEmail, "222222"))).ShouldSucceed();
    }

    [Fact]
    public async Task VerifyEmail_OfTheBootstrapAdminEmail_MakesItAdmin()
    {
        var fx = new HandlerFixture(new AuthSettings { BootstrapAdmin = new BootstrapAdminPolicy(UserBuilder.DefaultEmail) });
        var user = fx.Given(UserBuilder.Unverified());
        fx.GivenCodeSent(user, OtpType.EmailVerification, "111111");

        var dto = (await Handle(fx, new VerifyEmailCommand(UserBuilder.DefaultEmail, "111111"))).ShouldSucceed();

        Assert.Equal("admin", dto.Role);
        Assert.Equal(Role.Admin, user.Role);
    }

    private Task<Result<UserDto>> Handle(VerifyEmailCommand command) => Handle(_fx, command);

    private static async Task<Result<UserDto>> Handle(HandlerFixture fx, VerifyEmailCommand command) =>
        await new VerifyEmailCommandHandler(fx.Users, fx.OtpVerifier, fx.Settings, fx.Clock, fx.Mapper).Handle(command, HandlerFixture.Ct);
}
