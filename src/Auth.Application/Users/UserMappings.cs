using Auth.Domain.Users;
using Mapster;

namespace Auth.Application.Users;

/// <summary>Aggregate → DTO maps of the Users module. Aggregates are never built by a mapper.</summary>
public sealed class UserMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Avatar, AvatarDto>();

        config.NewConfig<User, UserDto>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.Name, s => s.Name.Value)
            .Map(d => d.Email, s => s.Email.Value)
            .Map(d => d.Role, s => s.Role.ToWireName())
            .Map(d => d.Provider, s => s.Provider.ToWireName())
            .Map(d => d.LastLoginAt, s => s.LastSignInAt);

        config.NewConfig<User, AdminUserDto>()
            .Inherits<User, UserDto>()
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.Name, s => s.Name.Value)
            .Map(d => d.Email, s => s.Email.Value)
            .Map(d => d.Role, s => s.Role.ToWireName())
            .Map(d => d.Provider, s => s.Provider.ToWireName())
            .Map(d => d.LastLoginAt, s => s.LastSignInAt)
            .Map(d => d.FailedLoginAttempts, s => s.FailedSignInCount);
    }
}
