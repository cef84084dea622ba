namespace Auth.Application.Abstractions.Messaging;

/// <summary>A message given up: to whom, what, how often it was tried, the relay's last answer, and when.</summary>
public sealed record UndeliveredMail(Guid Id, string To, string Subject, int Attempts, string? LastError, DateTimeOffset QueuedAt, DateTimeOffset GaveUpAt);
