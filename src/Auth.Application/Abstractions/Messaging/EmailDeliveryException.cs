namespace Auth.Application.Abstractions.Messaging;

/// <summary>
/// The mail could not be handed over (relay down, timeout, disk full). Mail is delivered in the background after
/// the command is saved, so no request sees this: the delivery service retries and logs it.
/// </summary>
public sealed class EmailDeliveryException(string message, Exception innerException) : Exception(message, innerException);
