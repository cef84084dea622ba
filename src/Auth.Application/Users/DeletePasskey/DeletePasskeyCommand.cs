using Auth.Application.Behaviors;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.DeletePasskey;

/// <summary>Removes one of the user's passkeys, unless it is their last way to sign in.</summary>
public sealed record DeletePasskeyCommand(UserId UserId, PasskeyId PasskeyId) : ICommand<Result>, IHasConflictError
{
    public Error ConflictError => PasskeyErrors.LastSignInMethod;
}
