using Auth.Application.Abstractions.Messaging;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Audit.ListUndeliveredMail;

public sealed class ListUndeliveredMailQueryHandler(IUndeliveredMailLog undelivered)
    : IQueryHandler<ListUndeliveredMailQuery, Result<IReadOnlyList<UndeliveredMail>>>
{
    public async ValueTask<Result<IReadOnlyList<UndeliveredMail>>> Handle(ListUndeliveredMailQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<UndeliveredMail>>.From(await undelivered.ListAsync(query.Limit, cancellationToken));
}
