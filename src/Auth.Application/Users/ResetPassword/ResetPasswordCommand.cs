using Auth.Application.Behaviors;
using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Users.ResetPassword;

public sealed record ResetPasswordCommand(string Email, string Code, string NewPassword) : ICommand<Result>, IRetryOnConcurrencyConflict
{
    public override string ToString() => $"ResetPasswordCommand {{ Email = {Email}, Code = ***, NewPassword = *** }}";
}
