using Auth.Application.Sessions;

namespace Auth.Api.Pages;

/// <summary>A second step in progress, as the two-step page keeps it in its cookie: the opaque challenge and the methods that may answer it.</summary>
internal sealed record PendingChallenge(string Challenge, IReadOnlyList<string> Methods)
{
    public static string Write(TwoFactorChallenge challenge) => $"{challenge.Challenge}|{string.Join(',', challenge.Methods)}";

    public static PendingChallenge? Read(string? cookie) =>
        cookie?.Split('|') is [{ Length: > 0 } token, var methods]
            ? new PendingChallenge(token, methods.Split(',', StringSplitOptions.RemoveEmptyEntries))
            : null;
}
