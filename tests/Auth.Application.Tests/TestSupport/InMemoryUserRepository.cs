using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Users;

namespace Auth.Application.Tests.TestSupport;

/// <summary>A list of users with the query behaviour the real stores have (email lookup on the normalised value, admin filters, 1-based paging).</summary>
public sealed class InMemoryUserRepository : IUserRepository
{
    private readonly List<User> _users = [];

    public IReadOnlyList<User> All => _users;

    /// <summary>The filter of the last <see cref="ListAsync"/> call, to see what a handler asked for.</summary>
    public UserListFilter? LastFilter { get; private set; }

    public Task<User?> FindByIdAsync(UserId id, CancellationToken cancellationToken) =>
        Task.FromResult(_users.SingleOrDefault(u => u.Id == id));

    public Task<User?> FindByIdReadOnlyAsync(UserId id, CancellationToken cancellationToken) => FindByIdAsync(id, cancellationToken);

    public Task<User?> FindByEmailAsync(EmailAddress email, CancellationToken cancellationToken) =>
        Task.FromResult(_users.SingleOrDefault(u => u.Email == email));

    public Task<bool> EmailExistsAsync(EmailAddress email, CancellationToken cancellationToken) =>
        Task.FromResult(_users.Any(u => u.Email == email));

    public Task<PagedList<User>> ListAsync(UserListFilter filter, CancellationToken cancellationToken)
    {
        LastFilter = filter;
        var matching = _users
            .Where(u => filter.Role is null || u.Role == filter.Role)
            .Where(u => filter.Deleted is null || u.IsDeleted == filter.Deleted)
            .Where(u => filter.Search is null
                || u.Name.Value.Contains(filter.Search, StringComparison.OrdinalIgnoreCase)
                || u.Email.Value.Contains(filter.Search, StringComparison.OrdinalIgnoreCase))
            .OrderBy(u => u.CreatedAt)
            .ToList();
        var items = matching.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToList();
        return Task.FromResult(new PagedList<User>(items, filter.Page, filter.PageSize, matching.Count));
    }

    public void Add(User user) => _users.Add(user);
}
