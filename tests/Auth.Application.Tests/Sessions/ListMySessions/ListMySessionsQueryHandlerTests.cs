using Auth.Application.Sessions;
using Auth.Application.Sessions.ListMySessions;
using Auth.Application.Tests.TestSupport;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions;

namespace Auth.Application.Tests.Sessions.ListMySessions;

public sealed class ListMySessionsQueryHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task ListMySessions_MarksTheCallersSessionAsCurrent()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var phone = await _fx.GivenSignedInWithTokensAsync(user, new ClientInfo("198.51.100.4", "Phone/1.0"));
        var laptop = await _fx.GivenSignedInWithTokensAsync(user, new ClientInfo("198.51.100.9", "Laptop/2.0"));

        var sessions = (await Handle(new ListMySessionsQuery(user.Id, new SessionId(laptop.SessionId)))).ShouldSucceed();

        Assert.Equal(2, sessions.Count);
        var current = Assert.Single(sessions, s => s.Current);
        Assert.Equal(laptop.SessionId, current.Id);
        Assert.Equal("198.51.100.9", current.Ip);
        Assert.Equal("Laptop/2.0", current.UserAgent);
        var other = Assert.Single(sessions, s => !s.Current);
        Assert.Equal(phone.SessionId, other.Id);
        Assert.Equal(_fx.Now + TimeSpan.FromDays(7), other.ExpiresAt);
    }

    [Fact]
    public async Task ListMySessions_LeavesOutEndedAndExpiredSessionsAndOtherUsers()
    {
        var user = _fx.Given(UserBuilder.Verified());
        var other = _fx.Given(UserBuilder.Verified().WithEmail("grace@example.com"));
        var expired = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.Clock.Advance(TimeSpan.FromDays(6));
        var signedOut = await _fx.GivenSignedInWithTokensAsync(user);
        _fx.SessionOf(signedOut).Revoke(SessionRevocationReason.SignedOut, _fx.Now);
        var active = await _fx.GivenSignedInWithSessionTokenAsync(user);
        await _fx.GivenSignedInWithTokensAsync(other);
        _fx.Clock.Advance(TimeSpan.FromDays(1));

        var sessions = (await Handle(new ListMySessionsQuery(user.Id, new SessionId(active.SessionId)))).ShouldSucceed();

        Assert.Equal(active.SessionId, Assert.Single(sessions).Id);
        Assert.DoesNotContain(sessions, s => s.Id == expired.SessionId);
    }

    private async Task<Result<IReadOnlyList<SessionDto>>> Handle(ListMySessionsQuery query) =>
        await new ListMySessionsQueryHandler(_fx.Sessions, _fx.Clock).Handle(query, HandlerFixture.Ct);
}
