namespace Auth.Domain.Users;

public enum Role
{
    User,
    Admin,
}
