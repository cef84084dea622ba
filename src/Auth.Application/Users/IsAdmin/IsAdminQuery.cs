using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.IsAdmin;

/// <summary>Every admin request: is the caller an admin now, by the stored account, whatever its token says?</summary>
public sealed record IsAdminQuery(UserId UserId) : IQuery<bool>;
