namespace Auth.Domain.Policies;

/// <summary>The first administrator: the account that signs up with the configured email gets the admin role.</summary>
public sealed record BootstrapAdminPolicy(string? AdminEmail)
{
    public bool AppliesTo(string email) =>
        !string.IsNullOrWhiteSpace(AdminEmail)
        && string.Equals(AdminEmail.Trim(), email, StringComparison.OrdinalIgnoreCase);
}
