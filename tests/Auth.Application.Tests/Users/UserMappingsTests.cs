using System.Text.Json;
using Auth.Application.Tests.TestSupport;
using Auth.Application.Users;
using Auth.Domain.Policies;
using Auth.Domain.Users;
using Mapster;
using MapsterMapper;

namespace Auth.Application.Tests.Users;

/// <summary>The mapping configuration exactly as <see cref="DependencyInjection.AddApplication"/> builds it.</summary>
public sealed class UserMappingsTests
{

    private static readonly DateTimeOffset Now = HandlerFixture.Start;

    [Fact]
    public void MappingConfiguration_OfAddApplication_Compiles()
    {
        var config = ApplicationServices.RegisteredInstance<TypeAdapterConfig>();

        var exception = Record.Exception(() => config.Compile());

        Assert.Null(exception);
    }

    [Fact]
    public void Map_UserToUserDto_UsesWireNamesAndPlainValues()
    {
        var user = UserBuilder.Verified().Admin().Build(Now);
        user.UpdateProfile(null, Avatar.Create("https://cdn.example.com/ada.png", "avatars/ada", 2048).Value, Now);
        user.RecordSuccessfulSignIn(Now);

        var dto = ProductionMapper().Map<UserDto>(user);

        Assert.Equal(new UserDto(
            user.Id.Value, "Ada Lovelace", UserBuilder.DefaultEmail, "admin", "local", true,
            new AvatarDto("https://cdn.example.com/ada.png", "avatars/ada", 2048), Now, Now, false, new TwoFactorDto(false, 0, 0)), dto);
    }

    [Fact]
    public void Map_UserToUserDto_NamesTheProviderOnTheWire()
    {
        var user = UserBuilder.FromProvider(AuthProvider.GitHub).Build(Now);

        var dto = ProductionMapper().Map<UserDto>(user);

        Assert.Equal("github", dto.Provider);
        Assert.Equal("user", dto.Role);
    }

    [Fact]
    public void Map_UserToAdminUserDto_AddsLockoutAndDeletionState()
    {
        var user = UserBuilder.Verified().WithTwoFactor().LockedOut().Deleted().Build(Now);

        var dto = ProductionMapper().Map<AdminUserDto>(user);

        Assert.Equal(user.Id.Value, dto.Id);
        Assert.Equal("Ada Lovelace", dto.Name);
        Assert.Equal(UserBuilder.DefaultEmail, dto.Email);
        Assert.Equal("user", dto.Role);
        Assert.Equal("local", dto.Provider);
        Assert.True(dto.TwoFactorEnabled);
        Assert.Equal(LockoutPolicy.Default.MaxFailedAttempts, dto.FailedLoginAttempts);
        Assert.Equal(Now + LockoutPolicy.Default.LockDuration, dto.LockedUntil);
        Assert.True(dto.IsDeleted);
        Assert.Equal(Now, dto.DeletedAt);
        Assert.Equal(Now + ReactivationPolicy.Default.Delay, dto.ReactivateAvailableAt);
    }

    [Fact]
    public void Map_User_NeverPutsThePasswordHashInADto()
    {
        var user = UserBuilder.Verified().Build(Now);
        var mapper = ProductionMapper();

        var json = JsonSerializer.Serialize(mapper.Map<UserDto>(user)) + JsonSerializer.Serialize(mapper.Map<AdminUserDto>(user));

        Assert.DoesNotContain(user.PasswordHash!, json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(UserDto))]
    [InlineData(typeof(AdminUserDto))]
    [InlineData(typeof(AvatarDto))]
    public void UserDtos_HaveNoHashProperty(Type dto) =>
        Assert.DoesNotContain(dto.GetProperties(), p => p.Name.Contains("hash", StringComparison.OrdinalIgnoreCase));

    private static IMapper ProductionMapper() => ApplicationServices.RegisteredInstance<IMapper>();
}
