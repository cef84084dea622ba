using Auth.Application.Behaviors;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.Refresh;

/// <summary>Exchanges a refresh token for a new pair. Two racing refreshes of one token: one wins, the other is refused.</summary>
public sealed record RefreshCommand(string RefreshToken) : ICommand<Result<TokenPair>>, IHasConflictError
{
    public Error ConflictError => RefreshTokenErrors.Invalid;

    public override string ToString() => "RefreshCommand { RefreshToken = *** }";
}
