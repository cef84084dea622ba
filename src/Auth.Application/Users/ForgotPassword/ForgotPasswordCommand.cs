using Auth.Domain.Primitives;
using Mediator;

namespace Auth.Application.Users.ForgotPassword;

public sealed record ForgotPasswordCommand(string Email) : ICommand<Result>;
