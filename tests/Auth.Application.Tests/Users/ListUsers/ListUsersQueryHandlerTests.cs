using Auth.Application.Abstractions.Persistence;
using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Application.Users.ListUsers;
using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Application.Tests.Users.ListUsers;

public sealed class ListUsersQueryHandlerTests
{
    private readonly HandlerFixture _fx = new();

    public ListUsersQueryHandlerTests()
    {
        _fx.Given(UserBuilder.Verified().WithEmail("admin@example.com").Admin());
        foreach (var name in new[] { "ann", "bob", "cid", "dee" })
        {
            _fx.Clock.Advance(TimeSpan.FromMinutes(1));
            _fx.Given(UserBuilder.Verified().WithName(name).WithEmail($"{name}@example.com"));
        }
    }

    [Fact]
    public async Task ListUsers_ReturnsTheRequestedPageWithTheTotal()
    {
        var page = (await Handle(new ListUsersQuery(2, 2, null, null, null))).ShouldSucceed();

        Assert.Equal(2, page.Page);
        Assert.Equal(2, page.PageSize);
        Assert.Equal(5, page.Total);
        Assert.Equal(["bob@example.com", "cid@example.com"], page.Items.Select(u => u.Email));
        Assert.Equal(new UserListFilter(2, 2, null, null, null), _fx.Users.LastFilter);
    }

    [Theory]
    [InlineData("admin", Role.Admin)]
    [InlineData("user", Role.User)]
    public async Task ListUsers_WithARole_ListsOnlyUsersOfThatRole(string role, Role expected)
    {
        var page = (await Handle(new ListUsersQuery(1, 50, role, null, null))).ShouldSucceed();

        Assert.Equal(expected, _fx.Users.LastFilter!.Role);
        Assert.All(page.Items, u => Assert.Equal(role, u.Role));
        Assert.Equal(expected == Role.Admin ? 1 : 4, page.Total);
    }

    [Fact]
    public async Task ListUsers_WithDeletedFilter_ListsOnlyDeletedUsers()
    {
        _fx.Given(UserBuilder.Verified().WithEmail("gone@example.com").Deleted());

        var page = (await Handle(new ListUsersQuery(1, 50, null, true, null))).ShouldSucceed();

        var gone = Assert.Single(page.Items);
        Assert.Equal("gone@example.com", gone.Email);
        Assert.True(gone.IsDeleted);
    }

    [Fact]
    public async Task ListUsers_WithASearch_PassesItTrimmedAndFindsByNameOrEmail()
    {
        var page = (await Handle(new ListUsersQuery(1, 50, null, null, "  BOB "))).ShouldSucceed();

        Assert.Equal("BOB", _fx.Users.LastFilter!.Search);
        Assert.Equal("bob@example.com", Assert.Single(page.Items).Email);
    }

    [Fact]
    public async Task ListUsers_WithABlankSearch_SearchesNothing()
    {
        var page = (await Handle(new ListUsersQuery(1, 50, null, null, "   "))).ShouldSucceed();

        Assert.Null(_fx.Users.LastFilter!.Search);
        Assert.Equal(5, page.Total);
    }

    private async Task<Result<PagedList<AdminUserDto>>> Handle(ListUsersQuery query) =>
        await new ListUsersQueryHandler(_fx.Users, _fx.Mapper).Handle(query, HandlerFixture.Ct);
}
