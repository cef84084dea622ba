using Microsoft.EntityFrameworkCore;

namespace Auth.Infrastructure.Persistence.Postgres;

/// <summary>
/// The PostgreSQL flavour of <see cref="AuthDbContext"/> (Npgsql); its migrations live in
/// <c>Persistence/Postgres/Migrations</c>. Times are <c>timestamptz</c> (Npgsql refuses non-UTC offsets; the shared
/// converter writes UTC). Text compares case-sensitively, which is right: the domain stores emails lower-cased, so
/// the plain unique index on <c>users.email</c> already refuses "ADA@example.com" next to "ada@example.com".
/// </summary>
public sealed class PostgresAuthDbContext(DbContextOptions<PostgresAuthDbContext> options) : AuthDbContext(options);
