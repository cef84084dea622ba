using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Application.Users.GetUser;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.GetUser;

public sealed class GetUserQueryHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task GetUser_ReturnsTheUserWithLockoutAndDeletionState()
    {
        var user = _fx.Given(UserBuilder.Verified().LockedOut().Deleted());

        var dto = (await Handle(new GetUserQuery(user.Id))).ShouldSucceed();

        Assert.Equal(user.Id.Value, dto.Id);
        Assert.Equal(UserBuilder.DefaultEmail, dto.Email);
        Assert.Equal(5, dto.FailedLoginAttempts);
        Assert.Equal(_fx.Now + TimeSpan.FromHours(24), dto.LockedUntil);
        Assert.True(dto.IsDeleted);
        Assert.Equal(_fx.Now, dto.DeletedAt);
        Assert.Equal(_fx.Now + TimeSpan.FromHours(24), dto.ReactivateAvailableAt);
    }

    [Fact]
    public async Task GetUser_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new GetUserQuery(UserId.New(_fx.Now)))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result<AdminUserDto>> Handle(GetUserQuery query) =>
        await new GetUserQueryHandler(_fx.Users, _fx.Mapper).Handle(query, HandlerFixture.Ct);
}
