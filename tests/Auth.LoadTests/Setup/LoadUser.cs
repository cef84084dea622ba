namespace Auth.LoadTests.Setup;

/// <summary>A verified account the scenarios sign in as.</summary>
internal sealed record LoadUser(string Email, string Password);
