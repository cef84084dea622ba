using Auth.Application.Users.Passwords;
using FluentValidation;

namespace Auth.Application.Users.DeleteMe;

public sealed class DeleteMeCommandValidator : AbstractValidator<DeleteMeCommand>
{
    public DeleteMeCommandValidator() =>
        RuleFor(c => c.Password).MaximumLength(PasswordRules.MaxLength);
}
