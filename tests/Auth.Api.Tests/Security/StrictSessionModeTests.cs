using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Security;

public sealed class StrictSessionModeTests() : ApiTestBase(new Dictionary<string, string?> { ["Auth:Jwt:ValidateSession"] = "true" })
{
    [Fact]
    public async Task AnAccessTokenOfARevokedSession_IsRefusedAtOnce()
    {
        var tokens = await Flows.SignedInAsync("strict@example.com");
        var bearer = tokens.Get("accessToken");

        var before = await Api.GetAsync("/api/v1/users/me", bearer);
        await Api.PostAsync("/api/v1/auth/sign-out", bearer: bearer);
        var after = await Api.GetAsync("/api/v1/users/me", bearer);

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
    }
}
