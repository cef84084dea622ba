using Auth.Application.Behaviors;
using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Application.Users.ForgotPassword;
using Auth.Application.Users.SignUp;
using Auth.Domain.Primitives;
using FluentValidation;
using Mediator;

namespace Auth.Application.Tests.Behaviors;

public sealed class ValidationBehaviorTests
{
    private int _handlerCalls;

    [Fact]
    public async Task Handle_WithInvalidFields_ReturnsValidationFailedWithErrorsByCamelCaseFieldAndNeverCallsTheHandler()
    {
        var behavior = new ValidationBehavior<SignUpCommand, Result<UserDto>>([new SignUpCommandValidator()]);

        var result = await behavior.Handle(new SignUpCommand("", "not-an-email", "short"), Handler<SignUpCommand, Result<UserDto>>(), HandlerFixture.Ct);

        var error = result.ShouldFailWith(ErrorCodes.ValidationFailed);
        Assert.Equal(ErrorKind.Validation, error.Kind);
        var errors = error.Detail<Dictionary<string, string[]>>("errors");
        Assert.Equal(["email", "name", "password"], errors.Keys.Order());
        Assert.Contains("Email is not a valid address.", errors["email"]);
        Assert.All(errors.Values, messages => Assert.NotEmpty(messages));
        Assert.Equal(0, _handlerCalls);
    }

    [Fact]
    public async Task Handle_WithOneInvalidField_ReportsOnlyThatField()
    {
        var behavior = new ValidationBehavior<SignUpCommand, Result<UserDto>>([new SignUpCommandValidator()]);

        var result = await behavior.Handle(new SignUpCommand("Ada", "ada@example.com", "password1"), Handler<SignUpCommand, Result<UserDto>>(),
            HandlerFixture.Ct);

        var errors = result.ShouldFailWith(ErrorCodes.ValidationFailed).Detail<Dictionary<string, string[]>>("errors");
        Assert.Equal(["This password is too common; choose another."], Assert.Single(errors).Value);
        Assert.Equal("password", Assert.Single(errors).Key);
    }

    [Fact]
    public async Task Handle_WithAResultWithoutValue_ReturnsValidationFailedToo()
    {
        var behavior = new ValidationBehavior<ForgotPasswordCommand, Result>([new ForgotPasswordCommandValidator()]);

        var result = await behavior.Handle(new ForgotPasswordCommand("nope"), Handler<ForgotPasswordCommand, Result>(), HandlerFixture.Ct);

        Assert.Equal("email", Assert.Single(result.ShouldFailWith(ErrorCodes.ValidationFailed).Detail<Dictionary<string, string[]>>("errors")).Key);
        Assert.Equal(0, _handlerCalls);
    }

    [Fact]
    public async Task Handle_WithSeveralValidators_MergesTheirErrorsWithoutRepeatingAMessage()
    {
        var behavior = new ValidationBehavior<ForgotPasswordCommand, Result>(
            [new ForgotPasswordCommandValidator(), new ForgotPasswordCommandValidator(), new InlineValidator<ForgotPasswordCommand>
            {
                v => v.RuleFor(c => c.Email).MaximumLength(3).WithMessage("Too long."),
            }]);

        var result = await behavior.Handle(new ForgotPasswordCommand("nope@"), Handler<ForgotPasswordCommand, Result>(), HandlerFixture.Ct);

        var errors = result.ShouldFailWith(ErrorCodes.ValidationFailed).Detail<Dictionary<string, string[]>>("errors");
        Assert.Equal(["Email is not a valid address.", "Too long."], errors["email"]);
    }

    [Fact]
    public async Task Handle_WithValidFields_CallsTheHandlerAndReturnsItsAnswer()
    {
        var behavior = new ValidationBehavior<ForgotPasswordCommand, Result>([new ForgotPasswordCommandValidator()]);

        var result = await behavior.Handle(new ForgotPasswordCommand("ada@example.com"), Handler<ForgotPasswordCommand, Result>(), HandlerFixture.Ct);

        result.ShouldSucceed();
        Assert.Equal(1, _handlerCalls);
    }

    [Fact]
    public async Task Handle_WithoutValidators_CallsTheHandler()
    {
        var behavior = new ValidationBehavior<ForgotPasswordCommand, Result>([]);

        (await behavior.Handle(new ForgotPasswordCommand(""), Handler<ForgotPasswordCommand, Result>(), HandlerFixture.Ct)).ShouldSucceed();

        Assert.Equal(1, _handlerCalls);
    }

    private MessageHandlerDelegate<TMessage, TResponse> Handler<TMessage, TResponse>()
        where TMessage : notnull, IMessage
        where TResponse : Result =>
        (_, _) =>
        {
            _handlerCalls++;
            return ValueTask.FromResult(Success<TResponse>());
        };

    private static TResponse Success<TResponse>() where TResponse : Result =>
        typeof(TResponse) == typeof(Result)
            ? (TResponse)Result.Success
            : (TResponse)(object)Result<UserDto>.From(new UserDto(Guid.Empty, "Ada", "ada@example.com", "user", "local", false, null, null, default, false, new TwoFactorDto(false, 0, 0)));
}
