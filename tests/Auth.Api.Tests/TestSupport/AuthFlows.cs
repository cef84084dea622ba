using System.Net;

namespace Auth.Api.Tests.TestSupport;

/// <summary>Steps most tests need: a verified user, signed in.</summary>
public sealed class AuthFlows(ApiClient api, Mailbox mailbox)
{
    public const string Password = "correct horse battery staple";

    public async Task<ApiResponse> SignUpAsync(string email, string password = Password, string name = "Ada Lovelace")
    {
        var response = await api.PostAsync("/api/v1/auth/sign-up", new { name, email, password });
        Assert.Equal(HttpStatusCode.Created, response.Status);
        return response;
    }

    public async Task SignUpVerifiedAsync(string email, string password = Password)
    {
        await SignUpAsync(email, password);
        var code = mailbox.LatestCode(email, "Verify your email");
        var verified = await api.PostAsync("/api/v1/auth/email/verify", new { email, code });
        Assert.Equal(HttpStatusCode.OK, verified.Status);
    }

    public Task<ApiResponse> SignInAsync(string email, string password = Password, string? mode = null) =>
        api.PostAsync("/api/v1/auth/sign-in", new { email, password, mode });

    /// <summary>Signs up, verifies and signs in; returns the token response.</summary>
    public async Task<ApiResponse> SignedInAsync(string email, string password = Password)
    {
        await SignUpVerifiedAsync(email, password);
        var response = await SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response;
    }
}
