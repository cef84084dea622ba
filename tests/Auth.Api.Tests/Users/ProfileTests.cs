using System.Net;
using Auth.Api.Tests.TestSupport;

namespace Auth.Api.Tests.Users;

/// <summary>On SQLite; <see cref="PostgresProfileTests"/> and <see cref="MariaDbProfileTests"/> run the same tests on the servers.</summary>
public class ProfileTests : ApiTestBase
{
    public ProfileTests()
        : this(null)
    {
    }

    private protected ProfileTests(ServerDatabase? database)
        : base(database)
    {
    }

    [SkippableFact]
    public async Task UpdateProfile_ChangesNameAndAvatar_AndRefusesABadAvatarUrl()
    {
        var tokens = await Flows.SignedInAsync("profile@example.com");
        var bearer = tokens.Get("accessToken");

        var updated = await Api.SendAsync(HttpMethod.Patch, "/api/v1/users/me",
            new { name = "Ada King", avatar = new { url = "https://img.example.com/a.png", publicId = "a1", size = 2048 } }, bearer);
        var refused = await Api.SendAsync(HttpMethod.Patch, "/api/v1/users/me", new { avatar = new { url = "javascript:alert(1)" } }, bearer);
        var me = await Api.GetAsync("/api/v1/users/me", bearer);

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("Ada King", me.Get("name"));
        Assert.Equal("https://img.example.com/a.png", me.Get("avatar.url"));
        Assert.Equal("2048", me.Get("avatar.size"));
        Assert.Equal("validation_failed", refused.Code);
    }

    [SkippableFact]
    public async Task Health_LiveAndReady_Answer200()
    {
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync("/health/live")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync("/health/ready")).Status);
    }
}
