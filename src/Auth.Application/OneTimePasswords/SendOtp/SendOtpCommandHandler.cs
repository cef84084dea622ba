using Auth.Application.Abstractions.Persistence;
using Auth.Domain.OneTimePasswords;
using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.OneTimePasswords.SendOtp;

/// <summary>Mails a code to an eligible account; anyone else gets the same answer, in the same time, and no mail.</summary>
public sealed class SendOtpCommandHandler(IUserRepository users, OtpSender otpSender, TimeProvider clock)
    : ICommandHandler<SendOtpCommand, Result<DateTimeOffset>>
{
    public async ValueTask<Result<DateTimeOffset>> Handle(SendOtpCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Create(command.Email).Value;
        OtpTypeNames.TryParse(command.Type, out var type);
        var now = clock.GetUtcNow();
        var user = await users.FindByEmailAsync(email, cancellationToken);
        return await otpSender.SendOnRequestAsync(user, email, type, now, cancellationToken);
    }
}
