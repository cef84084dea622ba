using Auth.Application.Users;
using Auth.Domain.Users;
using Mapster;

namespace Auth.Application.Tests.TestSupport;

/// <summary>
/// <c>Auth.Application.Users.UserMappings</c> minus its <c>Inherits&lt;User, UserDto&gt;()</c> call, which throws because
/// <see cref="AdminUserDto"/> does not derive from <see cref="UserDto"/>. Delete this file once the production mapping is fixed.
/// </summary>
internal sealed class UserMappingsWithoutInherits : IRegister
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
            .Map(d => d.Id, s => s.Id.Value)
            .Map(d => d.Name, s => s.Name.Value)
            .Map(d => d.Email, s => s.Email.Value)
            .Map(d => d.Role, s => s.Role.ToWireName())
            .Map(d => d.Provider, s => s.Provider.ToWireName())
            .Map(d => d.LastLoginAt, s => s.LastSignInAt)
            .Map(d => d.FailedLoginAttempts, s => s.FailedSignInCount);
    }
}
