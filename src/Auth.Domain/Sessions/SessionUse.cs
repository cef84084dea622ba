namespace Auth.Domain.Sessions;

/// <summary>
/// A use of a session to record: its new last use and sliding expiry. <paramref name="DueIfLastUsedBy"/> makes the
/// write conditional: it applies only while the stored last use is no later than that, so of several requests racing
/// to record the same minute's use one writes and the others change nothing (and do not fail).
/// </summary>
public sealed record SessionUse(SessionId SessionId, DateTimeOffset UsedAt, DateTimeOffset ExpiresAt, DateTimeOffset DueIfLastUsedBy);
