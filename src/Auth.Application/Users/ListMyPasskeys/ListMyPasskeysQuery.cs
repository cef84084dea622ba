using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.ListMyPasskeys;

public sealed record ListMyPasskeysQuery(UserId UserId) : IQuery<Result<IReadOnlyList<PasskeyDto>>>;
