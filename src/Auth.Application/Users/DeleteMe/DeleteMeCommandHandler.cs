using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.DeleteMe;

public sealed class DeleteMeCommandHandler(
    IUserRepository users, ISessionRepository sessions, IPasswordHasher hasher, AuthSettings settings, TimeProvider clock)
    : ICommandHandler<DeleteMeCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteMeCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId, cancellationToken);
        if (user is null) return UserErrors.NotFound;
        var now = clock.GetUtcNow();
        var matches = await hasher.MatchesAsync(command.Password, user.PasswordHash, cancellationToken);
        var deleted = user.DeleteByOwner(matches, settings.Lockout, settings.Reactivation, now);
        if (deleted.IsFailure) return deleted;
        await sessions.EndAllOfUserAsync(user.Id, SessionRevocationReason.AccountDeleted, now, cancellationToken);
        return Result.Success;
    }
}
