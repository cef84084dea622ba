namespace Auth.Application.Accounts;

/// <summary>The end of a provider sign-in: where to send the browser (the app, with a one-time code or an error).</summary>
public sealed record OAuthRedirect(Uri Location)
{
    public override string ToString() => "OAuthRedirect { Location = *** }";
}
