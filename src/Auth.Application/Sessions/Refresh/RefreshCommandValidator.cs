using Auth.Application.Validation;
using FluentValidation;

namespace Auth.Application.Sessions.Refresh;

public sealed class RefreshCommandValidator : AbstractValidator<RefreshCommand>
{
    public RefreshCommandValidator() => RuleFor(c => c.RefreshToken).ValidOpaqueToken();
}
