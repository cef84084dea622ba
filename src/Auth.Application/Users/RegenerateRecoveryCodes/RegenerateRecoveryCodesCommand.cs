using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.RegenerateRecoveryCodes;

/// <summary>New recovery codes for an authenticator code; the old ones stop working.</summary>
public sealed record RegenerateRecoveryCodesCommand(UserId UserId, string Code) : ICommand<Result<RecoveryCodesDto>>
{
    public override string ToString() => $"RegenerateRecoveryCodesCommand {{ UserId = {UserId}, Code = *** }}";
}
