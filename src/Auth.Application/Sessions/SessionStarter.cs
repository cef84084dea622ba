using Auth.Application.Abstractions;
using Auth.Application.Abstractions.Persistence;
using Auth.Application.Abstractions.Security;
using Auth.Application.Users;
using Auth.Domain.Sessions;
using Auth.Domain.Users;
using MapsterMapper;

namespace Auth.Application.Sessions;

/// <summary>Starts a session for a user who has just proved who they are, and hands out its tokens.</summary>
public sealed class SessionStarter(
    ISessionRepository sessions,
    IOpaqueTokenGenerator opaqueTokens,
    IAccessTokenIssuer accessTokens,
    AuthSettings settings,
    IMapper mapper)
{
    public async Task<SignInOutcome> StartAsync(User user, SignInMode mode, ClientInfo client, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sessionToken = opaqueTokens.Generate();
        var session = Session.Start(user.Id, sessionToken.Hash, client.Ip, client.UserAgent, settings.Session, now);
        sessions.Add(session);

        if (mode == SignInMode.Session)
        {
            return SignInOutcome.WithSession(
                new SessionTokenGrant(sessionToken.Value, session.ExpiresAt, session.Id.Value, mapper.Map<UserDto>(user)));
        }

        var refreshToken = opaqueTokens.Generate();
        var stored = session.IssueRefreshToken(refreshToken.Hash, settings.RefreshToken, now);
        return SignInOutcome.WithTokens(await IssuePairAsync(user, session, refreshToken.Value, stored, now, cancellationToken));
    }

    /// <summary>The access token plus the given refresh token, as clients receive them.</summary>
    public async Task<TokenPair> IssuePairAsync(
        User user, Session session, string refreshTokenValue, RefreshToken refreshToken, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var access = await accessTokens.IssueAsync(user, session.Id, now, cancellationToken);
        return new TokenPair(
            access.Token,
            (int)Math.Round((access.ExpiresAt - now).TotalSeconds),
            refreshTokenValue,
            refreshToken.ExpiresAt,
            session.Id.Value,
            mapper.Map<UserDto>(user));
    }
}
