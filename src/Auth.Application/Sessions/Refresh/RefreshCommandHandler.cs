using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.Refresh;

/// <summary>Rotates the refresh token; presenting a rotated one again revokes the whole session.</summary>
public sealed class RefreshCommandHandler(
    IRefreshTokenRepository refreshTokens,
    IOpaqueTokenGenerator opaqueTokens,
    SessionStarter starter,
    SessionTerminator terminator,
    AuthSettings settings,
    TimeProvider clock)
    : ICommandHandler<RefreshCommand, Result<TokenPair>>
{
    public async ValueTask<Result<TokenPair>> Handle(RefreshCommand command, CancellationToken cancellationToken)
    {
        var found = await refreshTokens.FindWithOwnerByTokenHashAsync(opaqueTokens.Hash(command.RefreshToken), cancellationToken);
        if (found is null) return RefreshTokenErrors.Invalid;

        var (presented, session, user) = found;
        var now = clock.GetUtcNow();
        var next = opaqueTokens.Generate();
        var rotated = RefreshTokenRotation.Rotate(session, presented, next.Hash, settings.RefreshToken, settings.Session, now);
        if (rotated.IsFailure)
        {
            if (RefreshTokenRotation.RequiresFamilyRevocation(rotated.Error!))
                await terminator.EndAsync(session, SessionRevocationReason.RefreshTokenReused, now, cancellationToken);
            return rotated.Error!;
        }

        refreshTokens.Add(rotated.Value);
        return await starter.IssuePairAsync(user, session, next.Value, rotated.Value, now, cancellationToken);
    }
}
