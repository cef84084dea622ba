using FluentValidation;

namespace Auth.Application.Audit.ListUndeliveredMail;

public sealed class ListUndeliveredMailQueryValidator : AbstractValidator<ListUndeliveredMailQuery>
{
    public ListUndeliveredMailQueryValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, ListUndeliveredMailQuery.MaxLimit);
}
