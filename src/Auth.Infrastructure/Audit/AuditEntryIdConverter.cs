using Auth.Domain.Audit;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Auth.Infrastructure.Audit;

internal sealed class AuditEntryIdConverter() : ValueConverter<AuditEntryId, Guid>(id => id.Value, value => new AuditEntryId(value));
