namespace Auth.Domain.Users;

/// <summary>What follows a correct password.</summary>
public enum SignInStep
{
    /// <summary>The user is signed in.</summary>
    Completed,

    /// <summary>The user enabled two-factor sign-in: a code must be sent and presented before a session starts.</summary>
    SecondFactorRequired,
}
