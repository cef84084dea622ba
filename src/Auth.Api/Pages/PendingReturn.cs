namespace Auth.Api.Pages;

/// <summary>
/// The app a person is signing in for (<c>?returnTo=</c>, already checked against the allow list) and the app's own
/// <c>state</c>, as kept in a cookie while they sign up, verify and sign in.
/// </summary>
internal sealed record PendingReturn(string ReturnTo, string? AppState)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string Write() => $"{Uri.EscapeDataString(ReturnTo)}|{Uri.EscapeDataString(AppState ?? "")}";

    public static PendingReturn? Read(string? cookie) =>
        cookie?.Split('|') is [{ Length: > 0 } returnTo, var state]
            ? new PendingReturn(Uri.UnescapeDataString(returnTo), state.Length == 0 ? null : Uri.UnescapeDataString(state))
            : null;
}
