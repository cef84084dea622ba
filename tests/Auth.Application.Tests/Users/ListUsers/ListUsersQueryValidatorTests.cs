using Auth.Application.Users.ListUsers;

namespace Auth.Application.Tests.Users.ListUsers;

public sealed class ListUsersQueryValidatorTests
{
    private readonly ListUsersQueryValidator _validator = new();

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(1000, true)]
    public void ListUsers_Page_StartsAt1(int page, bool accepted) =>
        Assert.Equal(accepted, _validator.Validate(new ListUsersQuery(page, 20, null, null, null)).IsValid);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void ListUsers_PageSize_IsFrom1To100(int pageSize, bool accepted) =>
        Assert.Equal(accepted, _validator.Validate(new ListUsersQuery(1, pageSize, null, null, null)).IsValid);

    [Theory]
    [InlineData(null, true)]
    [InlineData("user", true)]
    [InlineData("admin", true)]
    [InlineData("Admin", false)]
    [InlineData("root", false)]
    [InlineData("", false)]
    public void ListUsers_Role_IsUserOrAdminWhenGiven(string? role, bool accepted) =>
        Assert.Equal(accepted, _validator.Validate(new ListUsersQuery(1, 20, role, null, null)).IsValid);

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void ListUsers_Search_IsAtMost100Characters(int length, bool accepted) =>
        Assert.Equal(accepted, _validator.Validate(new ListUsersQuery(1, 20, null, null, new string('s', length))).IsValid);
}
