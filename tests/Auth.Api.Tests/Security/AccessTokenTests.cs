using System.Net;
using System.Text;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

public sealed class AccessTokenTests : ApiTestBase
{
    private const string Email = "tokens@example.com";

    [Fact]
    public async Task Jwks_PublishesTheEs256KeyThatSignedTheAccessToken()
    {
        var tokens = await Flows.SignedInAsync(Email);

        var jwks = await Api.GetAsync("/.well-known/jwks.json");
        var header = Decode(tokens.Get("accessToken").Split('.')[0]);

        var key = Assert.Single(jwks.Json!["keys"]!.AsArray())!;
        Assert.Equal("EC", key["kty"]!.GetValue<string>());
        Assert.Equal("ES256", key["alg"]!.GetValue<string>());
        Assert.Contains($"\"kid\":\"{key["kid"]!.GetValue<string>()}\"", header, StringComparison.Ordinal);
        Assert.Contains("\"alg\":\"ES256\"", header, StringComparison.Ordinal);
        Assert.Null(key["d"]);
    }

    [Fact]
    public async Task AccessToken_CarriesTheContractsClaims()
    {
        var tokens = await Flows.SignedInAsync(Email);

        var payload = Decode(tokens.Get("accessToken").Split('.')[1]);

        foreach (var claim in new[] { "sub", "sid", "email", "role", "email_verified", "jti", "iat", "exp", "iss", "aud" })
            Assert.Contains($"\"{claim}\":", payload, StringComparison.Ordinal);
        Assert.Contains(tokens.Get("user.id"), payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperedNoneAndExpiredTokens_AreAllRefused()
    {
        var tokens = await Flows.SignedInAsync(Email);
        var parts = tokens.Get("accessToken").Split('.');
        var payload = Decode(parts[1]);

        var tamperedPayload = $"{parts[0]}.{Encode(payload.Replace("\"role\":\"user\"", "\"role\":\"admin\"", StringComparison.Ordinal))}.{parts[2]}";
        var algNone = $"{Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}.";
        var badSignature = $"{parts[0]}.{parts[1]}.{parts[2][..^4]}AAAA";
        var garbage = "not.a.jwt";

        foreach (var token in new[] { tamperedPayload, algNone, badSignature, garbage })
        {
            var response = await Api.GetAsync("/api/v1/users/me", token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.Equal("unauthorized", response.Code);
        }

        Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync("/api/v1/users/me", tokens.Get("accessToken"))).Status);
    }

    private static string Decode(string segment)
    {
        var padded = segment.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }

    private static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
