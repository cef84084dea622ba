namespace Auth.Application.Users;

public sealed record AvatarDto(string Url, string? PublicId, long? Size);
