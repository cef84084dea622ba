using Auth.Domain.Primitives;
using Auth.Domain.Users;
using Mediator;

namespace Auth.Application.Users.UpdateProfile;

/// <summary>Changes the name and/or the avatar; a null field stays as it is.</summary>
public sealed record UpdateProfileCommand(UserId UserId, string? Name, AvatarDto? Avatar) : ICommand<Result<UserDto>>;
