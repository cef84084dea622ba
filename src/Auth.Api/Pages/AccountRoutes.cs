namespace Auth.Api.Pages;

/// <summary>The hosted pages' addresses (the contract's "Hosted pages" table).</summary>
internal static class AccountRoutes
{
    public const string Home = "/account";
    public const string SignUp = "/account/sign-up";
    public const string Verify = "/account/verify";
    public const string SignIn = "/account/sign-in";
    public const string TwoFactor = "/account/two-factor";
    public const string Forgot = "/account/forgot";
    public const string Reset = "/account/reset";
}
