namespace Auth.Domain.Users;

/// <summary>What a code sign-in changed that the caller must act on.</summary>
/// <param name="UnprovenPasswordDiscarded">The password set before the mailbox was proved is gone: end the sessions it made.</param>
/// <param name="Step">Completed, or, with the authenticator app on, the second step still to come.</param>
public sealed record CodeSignIn(bool UnprovenPasswordDiscarded, SignInStep Step = SignInStep.Completed);
