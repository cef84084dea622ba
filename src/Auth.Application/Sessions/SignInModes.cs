namespace Auth.Application.Sessions;

/// <summary>The wire names of <see cref="SignInMode"/>: the request's <c>mode</c> and the answer's <c>mode</c>.</summary>
public static class SignInModes
{
    public const string Token = "token";
    public const string Session = "session";
}
