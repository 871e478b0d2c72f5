using Orleans.Runtime;

namespace Tracker.Silo.Health;

/// <summary>Set when the silo reaches the Active stage, cleared when it starts stopping.</summary>
public sealed class SiloLifecycleFlag : ILifecycleParticipant<ISiloLifecycle>
{
    public bool Active { get; private set; }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe<SiloLifecycleFlag>(
            ServiceLifecycleStage.Active,
            _ =>
            {
                Active = true;
                return Task.CompletedTask;
            },
            _ =>
            {
                Active = false;
                return Task.CompletedTask;
            });
}
