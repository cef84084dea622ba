using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Persistence.MySql;

/// <summary>The MySQL/MariaDB flavour of <see cref="AuthDbContext"/>; its migrations live in <c>Persistence/MySql/Migrations</c>.</summary>
public sealed class MySqlAuthDbContext(DbContextOptions<MySqlAuthDbContext> options) : AuthDbContext(options);
