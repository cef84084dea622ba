using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.ConfirmTotp;

/// <summary>A code from the authenticator app turns TOTP on; the recovery codes are returned once.</summary>
public sealed record ConfirmTotpCommand(UserId UserId, string Code) : ICommand<Result<RecoveryCodesDto>>
{
    public override string ToString() => $"ConfirmTotpCommand {{ UserId = {UserId}, Code = *** }}";
}
