using Auth.Domain.Audit;
using Mapster;

namespace Auth.Application.Audit;

/// <summary>Entry → DTO map of the Audit module.</summary>
public sealed class AuditMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<AuditEntry, AuditEntryDto>()
            .Map(nameof(AuditEntryDto.Id), (AuditEntry s) => s.Id.Value)
            .Map(nameof(AuditEntryDto.UserId), (AuditEntry s) => s.UserId == null ? (Guid?)null : s.UserId.Value.Value)
            .Map(nameof(AuditEntryDto.Outcome), (AuditEntry s) => s.Outcome.ToWireName());
}
