using Auth.Application.Behaviors;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.SignUp;

public sealed record SignUpCommand(string Name, string Email, string Password) : ICommand<Result<UserDto>>, IHasConflictError
{
    public Error ConflictError => UserErrors.EmailTaken;

    public override string ToString() => $"SignUpCommand {{ Email = {Email}, Password = *** }}";
}
