using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Application.Users.GetMe;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.GetMe;

public sealed class GetMeQueryHandlerTests
{
    private readonly HandlerFixture _fx = new();

    [Fact]
    public async Task GetMe_ReturnsTheCallerAsClientsSeeIt()
    {
        var user = _fx.Given(UserBuilder.Verified().WithName("Ada Lovelace"));

        var dto = (await Handle(new GetMeQuery(user.Id))).ShouldSucceed();

        Assert.Equal(user.Id.Value, dto.Id);
        Assert.Equal("Ada Lovelace", dto.Name);
        Assert.Equal(UserBuilder.DefaultEmail, dto.Email);
        Assert.Equal("user", dto.Role);
        Assert.Equal("local", dto.Provider);
        Assert.True(dto.IsEmailVerified);
        Assert.Null(dto.Avatar);
    }

    [Fact]
    public async Task GetMe_ForAnUnknownUser_ReturnsNotFound()
    {
        (await Handle(new GetMeQuery(UserId.New(_fx.Now)))).ShouldFailWith(ErrorCodes.NotFound);
    }

    private async Task<Result<UserDto>> Handle(GetMeQuery query) =>
        await new GetMeQueryHandler(_fx.Users, _fx.Mapper).Handle(query, HandlerFixture.Ct);
}
