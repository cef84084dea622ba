using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.BeginPasskeyRegistration;

/// <summary>Creation options for a new passkey of the signed-in user (a single-use challenge, 5 minutes; their passkeys excluded).</summary>
public sealed record BeginPasskeyRegistrationCommand(UserId UserId, PasskeyRelyingParty RelyingParty) : ICommand<Result<PasskeyOptions>>;
