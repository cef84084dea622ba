namespace Auth.Application.Abstractions.Persistence;

/// <summary>Another request changed the same aggregate first; the command lost the race.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? innerException = null)
    : Exception(message, innerException);
