using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.ResetSecondFactors;

/// <summary>An administrator removes a user's second factors (authenticator, recovery codes, emailed code).</summary>
public sealed record ResetSecondFactorsCommand(UserId UserId) : ICommand<Result>;
