using System.Diagnostics;
using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Processing;
using Digitize.Jobs.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Jobs.Tests.Processing;

/// <summary>
/// The portal's upload path, without the command: an upload extracted into folders goes through
/// <see cref="DossierSource.ForFolder"/> and <see cref="BatchRunner.SubmitAsync"/>, and gets the same intake rules.
/// </summary>
[Collection("programs")]
public sealed class UploadIntakeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("digitize-upload-").FullName;

    [Fact]
    public async Task SubmitAsync_SkipsAPipeWithoutBlocking_AndFailsAnEmptyUpload_WithTheirReasons()
    {
        string upload = Directory.CreateDirectory(Path.Combine(_root, "upload-1")).FullName;
        File.Copy(Path.Combine(Programs.RepositoryRoot, "samples", "dossiers", "HS-2015-0009", "page-01.jpg"), Path.Combine(upload, "page-01.jpg"));
        Assert.Equal(0, Mkfifo(Path.Combine(upload, "page-02.jpg"), 0b110_100_100));
        string empty = Directory.CreateDirectory(Path.Combine(_root, "upload-2")).FullName;
        var builder = DigitizeHost.CreateBuilder(HostRole.Command, new Dictionary<string, string?>
        {
            ["DataPath"] = Path.Combine(_root, "data"),
            ["Ocr:TessdataPath"] = Path.Combine(Programs.RepositoryRoot, "tessdata"),
        });
        using var host = builder.Build();
        await host.StartAsync();
        var runner = host.Services.GetRequiredService<BatchRunner>();
        var records = host.Services.GetRequiredService<IRecordStore>();
        var clock = Stopwatch.StartNew();

        // On a thread of its own with a time limit: a reader that opened the pipe would block for ever.
        var registrations = await Task.Run(() => runner.SubmitAsync([DossierSource.ForFolder(upload), DossierSource.ForFolder(empty)],
            Queues.Interactive, CancellationToken.None)).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"intake took {clock.Elapsed}");
        Assert.All(registrations, r => Assert.True(r.Created));
        var withPipe = (await records.GetRecordAsync(registrations[0].Id, CancellationToken.None))!;
        var nothing = (await records.GetRecordAsync(registrations[1].Id, CancellationToken.None))!;
        Assert.Equal(["page-01.jpg"], withPipe.Files.Select(f => f.Name));
        Assert.Contains(withPipe.Errors, e => e.File == "page-02.jpg" && e.Message.Contains("named pipe", StringComparison.Ordinal));
        Assert.Equal(DossierSource.NoScanFound, Assert.Single(nothing.Errors).Message);
        await host.StopAsync();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int Mkfifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int mode);
}
