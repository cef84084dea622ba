using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.DisableTotp;

/// <summary>Turns the authenticator app off, confirmed by the password or by an authenticator code.</summary>
public sealed record DisableTotpCommand(UserId UserId, string? Password, string? Code) : ICommand<Result>
{
    public override string ToString() => $"DisableTotpCommand {{ UserId = {UserId}, Password = ***, Code = *** }}";
}
