namespace Auth.Application.Sessions;

/// <summary>A sign-in ends with tokens, a session token, or a challenge for the second step.</summary>
public sealed record SignInOutcome
{
    private SignInOutcome() { }

    public TokenPair? Tokens { get; private init; }

    public SessionTokenGrant? Session { get; private init; }

    public TwoFactorChallenge? Challenge { get; private init; }

    public bool TwoFactorRequired => Challenge is not null;

    public static SignInOutcome WithTokens(TokenPair tokens) => new() { Tokens = tokens };

    public static SignInOutcome WithSession(SessionTokenGrant session) => new() { Session = session };

    public static SignInOutcome SecondFactorRequired(TwoFactorChallenge challenge) => new() { Challenge = challenge };
}
