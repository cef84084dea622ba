using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Infrastructure.Users;

/// <summary>
/// Read-only lookups of users by id on a database server, where concurrent ones share a round trip
/// (<see cref="ReadCoalescer{TKey, TValue}"/>): under load, GET /users/me with a JWT costs PostgreSQL one query per
/// batch instead of one per request.
/// </summary>
internal sealed class CoalescedUserReads
{
    private static readonly CompiledQuery<Func<AuthDbContext, UserId[], IAsyncEnumerable<User>>> ByIds =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, UserId[] ids) => c.Users.AsNoTracking().Where(u => ids.Contains(u.Id))));

    private readonly IServiceScopeFactory _scopes;
    private readonly ReadCoalescer<UserId, User> _byId;

    public CoalescedUserReads(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _byId = new(LoadAsync, ReadCoalescing.MaxInFlight, ReadCoalescing.MaxBatch);
    }

    public Task<User?> FindAsync(UserId id, CancellationToken cancellationToken) => _byId.FindAsync(id, cancellationToken);

    private Task<IReadOnlyDictionary<UserId, User>> LoadAsync(UserId[] ids) =>
        ReadCoalescing.LoadAsync(_scopes, ids, user => user.Id, UserRepository.ByIdReadOnly, ByIds);
}
