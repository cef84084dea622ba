using Auth.Domain.Sessions;

namespace Auth.Application.Abstractions.Persistence;

/// <summary>
/// Records a session's use off the request's path: the request that found a use due (<see cref="Session.UseToRecord"/>)
/// hands it over and goes on, and <see cref="ISessionRepository.RecordUseAsync"/> runs in the background. A use that is
/// lost (a crash, a full queue) is found due again by the session's next request.
/// </summary>
public interface ISessionUseRecorder
{
    void Record(SessionUse use);
}
