namespace Auth.Domain.Users;

/// <summary>What a completed code sign-in changed that the caller must act on.</summary>
/// <param name="UnprovenPasswordDiscarded">The password set before the mailbox was proved is gone: end the sessions it made.</param>
public sealed record CodeSignIn(bool UnprovenPasswordDiscarded);
