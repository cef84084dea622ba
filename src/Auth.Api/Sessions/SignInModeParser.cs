using Auth.Application.Sessions;

namespace Auth.Api.Sessions;

internal static class SignInModeParser
{
    /// <summary>"token" (default) or "session". Anything else is kept as an invalid value for the validator to refuse.</summary>
    public static SignInMode Parse(string? mode) => mode switch
    {
        null or SignInModes.Token => SignInMode.Token,
        SignInModes.Session => SignInMode.Session,
        _ => (SignInMode)(-1),
    };
}
