using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Application.OneTimePasswords;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using MapsterMapper;
using Mediator;

namespace Auth.Application.Users.SignUp;

public sealed class SignUpCommandHandler(
    IUserRepository users, IPasswordHasher hasher, OtpSender otpSender, TimeProvider clock, IMapper mapper)
    : ICommandHandler<SignUpCommand, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(SignUpCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Create(command.Email).Value;
        if (await users.EmailExistsAsync(email, cancellationToken)) return UserErrors.EmailTaken;

        var now = clock.GetUtcNow();
        var hash = await hasher.HashAsync(command.Password, cancellationToken);
        var user = User.RegisterLocal(PersonName.Create(command.Name).Value, email, hash, now);
        users.Add(user);

        var sent = await otpSender.SendAsync(email, OtpType.EmailVerification, now, cancellationToken);
        if (sent.IsFailure) return sent.Error!;
        return mapper.Map<UserDto>(user);
    }
}
