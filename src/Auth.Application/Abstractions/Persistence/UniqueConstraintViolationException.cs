namespace Auth.Application.Abstractions.Persistence;

/// <summary>A row with the same unique key was written first (for example two sign-ups of one email).</summary>
public sealed class UniqueConstraintViolationException(string message, Exception? innerException = null)
    : Exception(message, innerException);
