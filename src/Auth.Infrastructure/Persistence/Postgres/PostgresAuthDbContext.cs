using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Persistence.Postgres;

/// <summary>The PostgreSQL flavour of <see cref="AuthDbContext"/>; its migrations live in <c>Persistence/Postgres/Migrations</c>.</summary>
public sealed class PostgresAuthDbContext(DbContextOptions<PostgresAuthDbContext> options) : AuthDbContext(options);
