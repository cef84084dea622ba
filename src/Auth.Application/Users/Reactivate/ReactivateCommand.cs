using Auth.Application.Behaviors;
using Auth.Application.Sessions;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Users.Reactivate;

public sealed record ReactivateCommand(string Email, string Password, SignInMode Mode, ClientInfo Client)
    : ICommand<Result<SignInOutcome>>, IRetryOnConcurrencyConflict
{
    public override string ToString() => $"ReactivateCommand {{ Email = {Email}, Password = *** }}";
}
