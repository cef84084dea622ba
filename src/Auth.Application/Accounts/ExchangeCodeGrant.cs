using Auth.Domain.Users;

namespace Auth.Application.Accounts;

/// <summary>What a one-time exchange code stood for: its user, and whether the person signed in on the hosted pages (second step included).</summary>
public sealed record ExchangeCodeGrant(UserId UserId, bool FromHostedPages);
