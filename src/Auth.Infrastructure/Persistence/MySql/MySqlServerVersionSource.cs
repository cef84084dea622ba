using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Persistence.MySql;

/// <summary>
/// The server version Pomelo generates SQL for: <c>Database:ServerVersion</c> when set (for example
/// <c>10.11.6-mariadb</c> or <c>8.4.3-mysql</c>; nothing to detect), else detected from the server when the first
/// context is built. A failed detection (the server is down at that moment) is not remembered: the next context
/// tries again, so the service recovers when the server comes back.
/// </summary>
internal sealed class MySqlServerVersionSource(string connectionString, string? configuredVersion)
{
    private ServerVersion? _version = string.IsNullOrWhiteSpace(configuredVersion) ? null : ServerVersion.Parse(configuredVersion);

    public ServerVersion Get() => _version ??= ServerVersion.AutoDetect(connectionString);
}
