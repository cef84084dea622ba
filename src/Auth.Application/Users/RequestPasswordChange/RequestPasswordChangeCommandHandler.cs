using Auth.Application.Abstractions.Persistence;
using Auth.Application.OneTimePasswords;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.RequestPasswordChange;

/// <summary>Mails the signed-in user a code that confirms a password change.</summary>
public sealed class RequestPasswordChangeCommandHandler(IUserRepository users, OtpSender otpSender, TimeProvider clock)
    : ICommandHandler<RequestPasswordChangeCommand, Result<DateTimeOffset>>
{
    public async ValueTask<Result<DateTimeOffset>> Handle(RequestPasswordChangeCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var now = clock.GetUtcNow();
        if (!OtpEligibility.Allows(user, OtpType.PasswordChange, now)) return UserErrors.NoPassword;
        return await otpSender.SendAsync(user.Email, OtpType.PasswordChange, now, cancellationToken);
    }
}
