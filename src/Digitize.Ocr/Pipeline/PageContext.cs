using Digitize.Core.Pages;

namespace Digitize.Ocr.Pipeline;

/// <summary>One page on its way through the pipeline; names the page's work files so stages never build paths.</summary>
internal sealed class PageContext(PageRef page, string workFolder, Input.ScanFile file)
{
    public PageRef Page => page;

    public Input.ScanFile File => file;

    /// <summary>0-based index of the page inside its file.</summary>
    public int IndexInFile => page.PageInFile - 1;

    /// <summary>A work file of this page: <c>000007_deskew.jpg</c> for page 7.</summary>
    public string GetWorkPath(string name) => Path.Combine(workFolder, $"{page.Number:000000}_{name}");
}
