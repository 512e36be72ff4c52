namespace Digitize.Ocr.Tests.Support;

/// <summary>Runs the command-line tools tests use to make inputs (qpdf, img2pdf) and to read outputs (pdftotext).</summary>
internal static class Tools
{
    /// <summary>Runs <paramref name="program"/>; fails the test when it exits with an error. Returns its standard output.</summary>
    public static async Task<string> RunAsync(string program, string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return output;
    }
}
