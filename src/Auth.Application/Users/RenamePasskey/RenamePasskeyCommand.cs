using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.RenamePasskey;

public sealed record RenamePasskeyCommand(UserId UserId, PasskeyId PasskeyId, string? Name) : ICommand<Result<PasskeyDto>>;
