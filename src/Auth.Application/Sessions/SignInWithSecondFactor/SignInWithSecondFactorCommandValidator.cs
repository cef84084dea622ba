using Auth.Application.Validation;
using Auth.Domain.Users;
using FluentValidation;

namespace Auth.Application.Sessions.SignInWithSecondFactor;

public sealed class SignInWithSecondFactorCommandValidator : AbstractValidator<SignInWithSecondFactorCommand>
{
    public SignInWithSecondFactorCommandValidator()
    {
        RuleFor(c => c.Challenge).ValidOpaqueToken();
        RuleFor(c => c.Method)
            .Must(method => WireNames.TryParseSecondFactorMethod(method, out _))
            .WithMessage("Method must be totp, recovery or email.");
        RuleFor(c => c.Code).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Mode).IsInEnum();
    }
}
