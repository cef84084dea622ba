namespace Auth.Application.Sessions;

/// <summary>A sign-in ends with tokens, a session token, or a request for the second factor.</summary>
public sealed record SignInOutcome
{
    private SignInOutcome() { }

    public TokenPair? Tokens { get; private init; }

    public SessionTokenGrant? Session { get; private init; }

    public bool TwoFactorRequired { get; private init; }

    public static SignInOutcome WithTokens(TokenPair tokens) => new() { Tokens = tokens };

    public static SignInOutcome WithSession(SessionTokenGrant session) => new() { Session = session };

    public static SignInOutcome SecondFactorRequired { get; } = new() { TwoFactorRequired = true };
}
