using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.OneTimePasswords;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Users.VerifyEmail;

public sealed class VerifyEmailCommandHandler(IUserRepository users, OtpVerifier verifier, AuthSettings settings, TimeProvider clock, IMapper mapper)
    : ICommandHandler<VerifyEmailCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(VerifyEmailCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Create(command.Email).Value;
        var now = clock.GetUtcNow();
        var verified = await verifier.VerifyAsync(email, OtpType.EmailVerification, command.Code, now, cancellationToken);
        if (verified.IsFailure) return verified.Error!;

        var user = await users.FindByEmailAsync(email, cancellationToken);
        if (user is null) return OtpErrors.Invalid;
        user.VerifyEmail(now, settings.BootstrapAdmin);
        return mapper.Map<UserDto>(user);
    }
}
