using Parta.Data;

namespace Parta.Tests.Harness;

/// <summary>
/// What the scenario intents (<see cref="Scenarios"/>, <see cref="StaffScenarios"/>, <see cref="ChatScenarios"/>)
/// need from a server: browser-like clients, the platform operator, and the database to read the outbox.
/// The in-memory <see cref="PartaFactory"/> and the real processes of <see cref="PartaCluster"/> both offer it.
/// </summary>
public interface IPartaServer
{
    ApiClient NewClient();

    Task<ApiClient> SignedInOperatorAsync();

    Task WithDbAsync(Func<PartaDbContext, Task> action);
}
