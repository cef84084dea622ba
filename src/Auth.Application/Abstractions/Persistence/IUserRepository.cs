using Auth.Domain.Users;

namespace Auth.Application.Abstractions.Persistence;

public interface IUserRepository
{
    Task<User?> FindByIdAsync(UserId id, CancellationToken cancellationToken);

    /// <summary>For queries: the same lookup without tracking, so it is cheaper and changes to the result are never saved.</summary>
    Task<User?> FindByIdReadOnlyAsync(UserId id, CancellationToken cancellationToken);

    Task<User?> FindByEmailAsync(EmailAddress email, CancellationToken cancellationToken);


    Task<bool> EmailExistsAsync(EmailAddress email, CancellationToken cancellationToken);

    Task<PagedList<User>> ListAsync(UserListFilter filter, CancellationToken cancellationToken);

    void Add(User user);
}
