using Auth.Domain.Users;
using FluentValidation;

namespace Auth.Application.Users.ListUsers;

public sealed class ListUsersQueryValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListUsersQuery.MaxPageSize);
        RuleFor(q => q.Role).Must(r => WireNames.TryParseRole(r, out _)).When(q => q.Role is not null)
            .WithMessage("Role must be 'user' or 'admin'.");
        RuleFor(q => q.Search).MaximumLength(ListUsersQuery.MaxSearchLength);
    }
}
