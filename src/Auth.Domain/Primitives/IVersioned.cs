namespace Auth.Domain.Primitives;

/// <summary>What persistence reads of every aggregate whatever its id type: whether its next save must write a new version.</summary>
public interface IVersioned
{
    /// <summary>True when the next save must write a new version even if nothing it stores changed.</summary>
    bool NeedsNewVersion { get; }
}
