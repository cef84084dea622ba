using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.BeginTotpEnrolment;

/// <summary>Hands out a new authenticator secret, pending until a code confirms it. Local accounts confirm with the password.</summary>
public sealed record BeginTotpEnrolmentCommand(UserId UserId, string? Password) : ICommand<Result<TotpEnrolmentDto>>
{
    public override string ToString() => $"BeginTotpEnrolmentCommand {{ UserId = {UserId}, Password = *** }}";
}
