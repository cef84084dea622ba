using Auth.Domain.Users;

namespace Auth.Infrastructure.Users;

/// <summary>
/// Users read without tracking in this scope (one request) since its last save. The user loaded to authenticate a
/// session token then serves the request's own read of that user (GET /users/me) without a second round trip; a
/// save or a reset of the unit of work forgets them all, so no read after a change sees the state before it.
/// </summary>
internal sealed class ReadOnlyUserSnapshots
{
    private readonly Dictionary<UserId, User> _users = [];

    public void Remember(User user) => _users[user.Id] = user;

    public User? Find(UserId id) => _users.GetValueOrDefault(id);

    public void Forget() => _users.Clear();
}
