using Auth.Domain.Users;
using Mapster;

namespace Auth.Application.Users;

/// <summary>Aggregate → DTO maps of the Users module. Aggregates are never built by a mapper.</summary>
public sealed class UserMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Avatar, AvatarDto>();
        UserFields<UserDto>(config);
        UserFields<AdminUserDto>(config)
            .Map(nameof(AdminUserDto.FailedLoginAttempts), (User s) => s.FailedSignInCount);
    }

    /// <summary>The members both user DTOs share whose names or types differ from the aggregate's.</summary>
    private static TypeAdapterSetter<User, TDto> UserFields<TDto>(TypeAdapterConfig config) =>
        config.NewConfig<User, TDto>()
            .Map(nameof(UserDto.Id), (User s) => s.Id.Value)
            .Map(nameof(UserDto.Name), (User s) => s.Name.Value)
            .Map(nameof(UserDto.Email), (User s) => s.Email.Value)
            .Map(nameof(UserDto.Role), (User s) => s.Role.ToWireName())
            .Map(nameof(UserDto.Provider), (User s) => s.Provider.ToWireName())
            .Map(nameof(UserDto.LastLoginAt), (User s) => s.LastSignInAt)
            .Map(nameof(UserDto.TwoFactor), (User s) => new TwoFactorDto(s.TotpEnabled, s.RecoveryCodes.Left, s.PasskeyCount));
}
