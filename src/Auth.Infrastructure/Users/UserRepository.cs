using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Users;
using Auth.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Users;

/// <param name="coalesced">On database servers, read-only lookups share round trips; null on SQLite, where a query costs no round trip.</param>
internal sealed class UserRepository(AuthDbContext db, ReadOnlyUserSnapshots snapshots, CoalescedUserReads? coalesced = null)
    : IUserRepository
{
    private static readonly CompiledQuery<Func<AuthDbContext, UserId, CancellationToken, Task<User?>>> ById =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, UserId id, CancellationToken _) => c.Users.FirstOrDefault(u => u.Id == id)));

    internal static readonly CompiledQuery<Func<AuthDbContext, UserId, CancellationToken, Task<User?>>> ByIdReadOnly =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, UserId id, CancellationToken _) => c.Users.AsNoTracking().FirstOrDefault(u => u.Id == id)));

    private static readonly CompiledQuery<Func<AuthDbContext, EmailAddress, CancellationToken, Task<User?>>> ByEmail =
        new(() => EF.CompileAsyncQuery((AuthDbContext c, EmailAddress email, CancellationToken _) => c.Users.FirstOrDefault(u => u.Email == email)));

    public Task<User?> FindByIdAsync(UserId id, CancellationToken cancellationToken) =>
        ById.For(db)(db, id, cancellationToken);

    public Task<User?> FindByIdReadOnlyAsync(UserId id, CancellationToken cancellationToken)
    {
        if (snapshots.Find(id) is { } known) return Task.FromResult<User?>(known);
        return coalesced is null ? ByIdReadOnly.For(db)(db, id, cancellationToken) : coalesced.FindAsync(id, cancellationToken);
    }

    public Task<User?> FindByEmailAsync(EmailAddress email, CancellationToken cancellationToken) =>
        ByEmail.For(db)(db, email, cancellationToken);

    public Task<bool> EmailExistsAsync(EmailAddress email, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Email == email, cancellationToken);

    /// <summary>
    /// One page in creation order (then id, so pages never overlap), with the total of the filtered set. The search
    /// matches a case-insensitive substring of the name or the email; both run in SQL.
    /// </summary>
    public async Task<PagedList<User>> ListAsync(UserListFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.PageSize, 1);

        var query = db.Users.AsQueryable();
        if (filter.Role is { } role) query = query.Where(u => u.Role == role);
        if (filter.Deleted is { } deleted) query = query.Where(u => u.IsDeleted == deleted);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLowerInvariant();

            // The columns hold value objects; "(string)(object)" makes EF use the stored text of the column.
            query = query.Where(u =>
                ((string)(object)u.Name).ToLower().Contains(term) || ((string)(object)u.Email).Contains(term));
        }

        var total = await query.LongCountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query
            .OrderBy(u => u.CreatedAt)
            .ThenBy(u => u.Id)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new PagedList<User>(items, filter.Page, filter.PageSize, total);
    }

    public void Add(User user) => db.Users.Add(user);
}
