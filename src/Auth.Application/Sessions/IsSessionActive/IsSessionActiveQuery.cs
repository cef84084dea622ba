using Auth.Domain.Sessions;
using Mediator;

namespace Auth.Application.Sessions.IsSessionActive;

/// <summary>Strict JWT mode: is the session an access token names still active?</summary>
public sealed record IsSessionActiveQuery(SessionId SessionId) : IQuery<bool>;
