using System.Collections.Concurrent;

namespace Digitize.Ocr.Engine;

/// <summary>
/// Hands out Tesseract engines, one thread at a time each; at most <see cref="OcrOptions.Engines"/> exist,
/// created on first demand so each loads its model once and then serves many pages.
/// </summary>
internal sealed class EnginePool : IDisposable
{
    private readonly OcrOptions _options;
    private readonly SemaphoreSlim _available;
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly ConcurrentBag<TesseractEngine> _all = [];
    private bool _disposed;

    public EnginePool(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Engines, 1, nameof(options.Engines));
        _options = options;
        _available = new SemaphoreSlim(options.Engines, options.Engines);
    }

    /// <summary>Waits for a free engine; dispose the lease to give it back.</summary>
    public async Task<Lease> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_idle.TryTake(out var engine))
            {
                engine = TesseractEngine.Create(_options);
                _all.Add(engine);
            }
            return new Lease(this, engine);
        }
        catch
        {
            _available.Release();
            throw;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        foreach (var engine in _all)
        {
            engine.Dispose();
        }
        _available.Dispose();
    }

    private void Return(TesseractEngine engine)
    {
        engine.Clear();
        _idle.Add(engine);
        _available.Release();
    }

    /// <summary>Exclusive use of one engine until disposed.</summary>
    public sealed class Lease(EnginePool pool, TesseractEngine engine) : IDisposable
    {
        private bool _returned;

        public TesseractEngine Engine => engine;

        public void Dispose()
        {
            if (!_returned)
            {
                _returned = true;
                pool.Return(engine);
            }
        }
    }
}
