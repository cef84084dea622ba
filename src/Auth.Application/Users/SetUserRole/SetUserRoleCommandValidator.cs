using Auth.Domain.Users;
using FluentValidation;

namespace Auth.Application.Users.SetUserRole;

public sealed class SetUserRoleCommandValidator : AbstractValidator<SetUserRoleCommand>
{
    public SetUserRoleCommandValidator() =>
        RuleFor(c => c.Role).Must(r => WireNames.TryParseRole(r, out _)).WithMessage("Role must be 'user' or 'admin'.");
}
