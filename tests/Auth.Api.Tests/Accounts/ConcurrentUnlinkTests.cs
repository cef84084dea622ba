using System.Net;
using Auth.Api.Tests.TestSupport.OAuth;

namespace Auth.Api.Tests.Accounts;

/// <summary>
/// Two unlinks racing on an account whose only ways in are two providers: each alone would leave the other, together
/// they must not leave none. On SQLite; <see cref="PostgresConcurrentUnlinkTests"/> and
/// <see cref="MariaDbConcurrentUnlinkTests"/> run the same test on the servers.
/// </summary>
public class ConcurrentUnlinkTests : OAuthApiTestBase
{
    private const int Rounds = 5;

    [SkippableFact]
    public async Task TwoRacingUnlinks_NeverRemoveTheLastWayToSignIn()
    {
        for (var round = 0; round < Rounds; round++)
        {
            Provider.User = Provider.User with { Id = $"{1000 + round}", Email = $"racer{round}@example.com" };
            var bearer = (await Social.SignInAsync("google")).Get("accessToken");
            Provider.User = Provider.User with { Id = $"{2000 + round}" };
            await Social.SignInAsync("github");

            var google = Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me/accounts/google", bearer: bearer);
            var github = Api.SendAsync(HttpMethod.Delete, "/api/v1/users/me/accounts/github", bearer: bearer);
            var answers = new[] { await google, await github };

            Assert.Single(answers, a => a.Status == HttpStatusCode.NoContent);
            Assert.Single(answers, a => a.Status == HttpStatusCode.Conflict);
            var left = await Api.GetAsync("/api/v1/users/me/accounts", bearer);
            Assert.Single(left.Json!.AsArray());
        }
    }
}
