using Auth.Application.Abstractions.Persistence;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.RenamePasskey;

public sealed class RenamePasskeyCommandHandler(IPasskeyRepository passkeys, TimeProvider clock) : ICommandHandler<RenamePasskeyCommand, Result<PasskeyDto>>
{
    public async ValueTask<Result<PasskeyDto>> Handle(RenamePasskeyCommand command, CancellationToken cancellationToken)
    {
        var passkey = await passkeys.FindByIdAsync(command.PasskeyId, cancellationToken);
        if (passkey is null || passkey.UserId != command.UserId) return PasskeyErrors.NotFound;
        var renamed = passkey.Rename(command.Name, clock.GetUtcNow());
        return renamed.IsSuccess ? PasskeyDto.From(passkey) : renamed.Error!;
    }
}
