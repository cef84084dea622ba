using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Users.ListMyPasskeys;

public sealed class ListMyPasskeysQueryHandler(IPasskeyRepository passkeys) : IQueryHandler<ListMyPasskeysQuery, Result<IReadOnlyList<PasskeyDto>>>
{
    public async ValueTask<Result<IReadOnlyList<PasskeyDto>>> Handle(ListMyPasskeysQuery query, CancellationToken cancellationToken) =>
        (await passkeys.ListByUserAsync(query.UserId, cancellationToken)).Select(PasskeyDto.From).ToList();
}
