namespace Auth.Application.Abstractions.Messaging;

/// <summary>
/// The mail could not be handed over (relay down, timeout, disk full). Codes are mailed before the command
/// saves, so nothing was stored and the caller may simply try again.
/// </summary>
public sealed class EmailDeliveryException(string message, Exception innerException) : Exception(message, innerException);
