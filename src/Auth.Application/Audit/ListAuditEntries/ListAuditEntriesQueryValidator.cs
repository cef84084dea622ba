using Auth.Domain.Audit;
using FluentValidation;

namespace Auth.Application.Audit.ListAuditEntries;

public sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListAuditEntriesQuery.MaxPageSize);
        RuleFor(q => q.Type).MaximumLength(AuditEntry.MaxTypeLength);
    }
}
