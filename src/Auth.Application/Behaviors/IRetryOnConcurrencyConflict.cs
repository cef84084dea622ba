namespace Auth.Application.Behaviors;

/// <summary>
/// A command that is safe to run again from scratch when it loses an optimistic-concurrency race, so that
/// every attempt counts (failed sign-ins, code guesses) instead of being lost.
/// </summary>
public interface IRetryOnConcurrencyConflict;
