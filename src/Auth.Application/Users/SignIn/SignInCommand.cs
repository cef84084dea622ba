using Auth.Application.Behaviors;
using Auth.Application.Sessions;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Users.SignIn;

public sealed record SignInCommand(string Email, string Password, SignInMode Mode, ClientInfo Client)
    : ICommand<Result<SignInOutcome>>, IRetryOnConcurrencyConflict
{
    public override string ToString() => $"SignInCommand {{ Email = {Email}, Password = ***, Mode = {Mode} }}";
}
