using Auth.Application.Behaviors;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Users.VerifyEmail;

public sealed record VerifyEmailCommand(string Email, string Code) : ICommand<Result<UserDto>>, IRetryOnConcurrencyConflict
{
    public override string ToString() => $"VerifyEmailCommand {{ Email = {Email}, Code = *** }}";
}
