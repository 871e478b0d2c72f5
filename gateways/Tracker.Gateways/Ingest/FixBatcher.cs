using System.Threading.Channels;
using Tracker.Ingest.Batches;
using Tracker.Ingest.Pipeline;

namespace Tracker.Gateways.Ingest;

/// <summary>
/// Gathers the fixes of every connection into shared journal batches: a few milliseconds or up to
/// <see cref="MaxBatch"/> fixes per <see cref="IngestBatch"/>. Ten thousand terminals each reporting alone would make
/// ten thousand tiny journal records; gathered, they make a few, and each caller still learns when its own
/// fixes are durable (and applied), which is when the gateway may acknowledge them.
/// </summary>
public sealed class FixBatcher : IAsyncDisposable
{
    public const int MaxBatch = 500;

    /// <summary>Batches journaled at once: the journal's group commit takes several, more would only queue.</summary>
    private const int InFlight = 8;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(4 * MaxBatch)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly IngestPipeline _pipeline;
    private readonly IngestDispatcher _dispatcher;
    private readonly TimeSpan _window;
    private readonly SemaphoreSlim _inFlight = new(InFlight, InFlight);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FixBatcher(IngestPipeline pipeline, IngestDispatcher dispatcher, TimeSpan? window = null)
    {
        _pipeline = pipeline;
        _dispatcher = dispatcher;
        _window = window ?? TimeSpan.FromMilliseconds(5);
        _loop = Task.Run(Loop);
    }

    /// <summary>
    /// Completes once the fixes are journaled and applied. Throws <see cref="IngestUnavailableException"/> when
    /// they are not: the caller must not acknowledge them.
    /// </summary>
    public async Task Submit(IReadOnlyList<LockFixItem> locks, IReadOnlyList<VehicleFixItem> vehicles, CancellationToken cancellationToken)
    {
        var pending = new Pending(locks, vehicles, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        await pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task Loop()
    {
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                var batch = new List<Pending>();
                var fixes = 0;
                using var window = new CancellationTokenSource(_window);
                try
                {
                    while (fixes < MaxBatch)
                    {
                        if (reader.TryRead(out var next))
                        {
                            batch.Add(next);
                            fixes += next.Locks.Count + next.Vehicles.Count;
                            continue;
                        }

                        if (batch.Count == 0 || !await reader.WaitToReadAsync(window.Token))
                        {
                            break;
                        }
                    }
                }
                catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
                {
                    // The window closed: send what has gathered.
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                await _inFlight.WaitAsync(_stop.Token);
                _ = Send(batch);
            }
        }
        catch (OperationCanceledException)
        {
        }

        while (reader.TryRead(out var left))
        {
            left.Done.TrySetException(new IngestUnavailableException("The gateway is stopping."));
        }
    }

    private async Task Send(List<Pending> batch)
    {
        try
        {
            var locks = batch.SelectMany(p => p.Locks).ToList();
            var vehicles = batch.SelectMany(p => p.Vehicles).ToList();
            await _pipeline.Submit(new IngestBatch(LockFixes: locks, VehicleFixes: vehicles), async () =>
            {
                await Task.WhenAll(
                    locks.Count > 0 ? _dispatcher.LockFixes(locks) : Task.CompletedTask,
                    vehicles.Count > 0 ? _dispatcher.VehicleFixes(vehicles) : Task.CompletedTask);
                return true;
            }, CancellationToken.None);
            foreach (var p in batch)
            {
                p.Done.TrySetResult();
            }
        }
        catch (Exception e)
        {
            var failure = e as IngestUnavailableException ?? new IngestUnavailableException("The fixes could not be journaled.", e);
            foreach (var p in batch)
            {
                p.Done.TrySetException(failure);
            }
        }
        finally
        {
            _inFlight.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _inFlight.Dispose();
    }

    private sealed record Pending(IReadOnlyList<LockFixItem> Locks, IReadOnlyList<VehicleFixItem> Vehicles, TaskCompletionSource Done);
}
