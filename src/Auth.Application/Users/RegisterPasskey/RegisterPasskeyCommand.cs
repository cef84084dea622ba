using Auth.Application.Abstractions.Security;
using Auth.Application.Behaviors;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.RegisterPasskey;

/// <summary>Stores the passkey the browser made for the options of <see cref="BeginPasskeyRegistration"/>, once it verifies.</summary>
public sealed record RegisterPasskeyCommand(UserId UserId, string? Name, string Credential, PasskeyRelyingParty RelyingParty)
    : ICommand<Result<PasskeyDto>>, IHasConflictError
{
    public Error ConflictError => PasskeyErrors.RegistrationInvalid;

    public override string ToString() => $"RegisterPasskeyCommand {{ UserId = {UserId}, Name = {Name} }}";
}
