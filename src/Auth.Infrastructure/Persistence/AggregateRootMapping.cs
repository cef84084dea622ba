using Auth.Domain.Primitives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Auth.Infrastructure.Persistence;

/// <summary>The columns every aggregate table has: id, created_at, updated_at and the optimistic-concurrency version.</summary>
internal static class AggregateRootMapping
{
    public const string VersionPropertyName = nameof(AggregateRoot<Guid>.Version);

    private const string UnversionedAnnotation = "Auth:Unversioned";

    /// <summary>
    /// Bookkeeping (when something last happened) that racing requests may all write: a save that changes only such
    /// properties keeps the version, so it still fails against a real change made meanwhile but never against another
    /// bookkeeping write.
    /// </summary>
    public static PropertyBuilder<T> IsUnversioned<T>(this PropertyBuilder<T> property) => property.HasAnnotation(UnversionedAnnotation, true);

    public static bool IsUnversioned(this IReadOnlyProperty property) => property.FindAnnotation(UnversionedAnnotation)?.Value is true;

    public static void MapAggregateRoot<TAggregate, TId>(this EntityTypeBuilder<TAggregate> builder, string table)
        where TAggregate : AggregateRoot<TId>
        where TId : struct
    {
        builder.ToTable(table);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
        builder.Property(a => a.UpdatedAt).HasColumnName("updated_at");

        // App-managed token: AuthDbContext sets it to original + 1 on every save and EF adds
        // "WHERE version = original" to the UPDATE. (byte[] rowversion silently loses updates on SQLite/PostgreSQL.)
        builder.Property(a => a.Version).HasColumnName("version").IsConcurrencyToken();
        builder.Ignore(a => a.DomainEvents);
        builder.Ignore(a => a.NeedsNewVersion);
    }
}
