using Digitize.Core.Errors;
using Digitize.Core.Pages;
using Digitize.Ocr.Input;
using Digitize.Ocr.Pipeline;

namespace Digitize.Ocr.Tests.Support;

/// <summary>A file the tests could not use, and why (the exception's reason, without the file name).</summary>
internal sealed record FileFailure(string File, string Reason);

/// <summary>What <see cref="AllPages.RecognizeAsync"/> produced: per file its page count, the pages, the failures.</summary>
internal sealed record AllPagesResult(IReadOnlyList<(string File, int Pages)> Files, IReadOnlyList<PageResult> Pages,
    IReadOnlyList<FileFailure> Failures);

/// <summary>
/// Recognises every page of a list of files the way the job pipeline does: count each file's pages without an engine,
/// then one <see cref="OcrPipeline.RecognizePageAsync"/> per page, numbered across the files in the order given.
/// </summary>
internal static class AllPages
{
    public static async Task<AllPagesResult> RecognizeAsync(OcrPipeline ocr, IReadOnlyList<string> files, string workFolder)
    {
        var counter = new ScanPageCounter(Samples.Options());
        var counted = new List<(string, int)>();
        var pages = new List<PageResult>();
        var failures = new List<FileFailure>();
        int number = 0;
        foreach (string file in files)
        {
            int count;
            try
            {
                count = counter.CountPages(file);
            }
            catch (InputFileException ex)
            {
                counted.Add((file, 0));
                failures.Add(new FileFailure(file, ex.Reason));
                continue;
            }
            counted.Add((file, count));
            for (int p = 1; p <= count; p++)
            {
                try
                {
                    pages.Add(await ocr.RecognizePageAsync(new PageRef(++number, file, p), workFolder));
                }
                catch (InputFileException ex)
                {
                    failures.Add(new FileFailure(file, ex.Reason));
                }
            }
        }
        return new AllPagesResult(counted, pages, failures);
    }
}
