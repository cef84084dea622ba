namespace Auth.Application.Sessions;

/// <summary>One of the caller's signed-in devices; <see cref="Current"/> marks the one making the request.</summary>
public sealed record SessionDto(
    Guid Id,
    string? Ip,
    string? UserAgent,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUsedAt,
    DateTimeOffset ExpiresAt,
    bool Current);
