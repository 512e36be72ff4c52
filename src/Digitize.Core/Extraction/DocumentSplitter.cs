using Digitize.Core.Pages;

namespace Digitize.Core.Extraction;

/// <summary>
/// Splits a dossier's pages into documents: a page whose top carries the national heading (or the party
/// heading, or a receipt title) starts a new document; any other page continues the current one.
/// </summary>
public static class DocumentSplitter
{
    /// <summary>The documents of a dossier, each as its pages in order. Pages before the first heading form a document of their own.</summary>
    public static IReadOnlyList<IReadOnlyList<PageResult>> Split(IReadOnlyList<PageResult> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var documents = new List<IReadOnlyList<PageResult>>();
        List<PageResult>? current = null;
        for (int i = 0; i < pages.Count; i++)
        {
            var page = pages[i] ?? throw new ArgumentException($"page {i} is null", nameof(pages));
            if (current is null || OpensDocument(page))
            {
                current = [];
                documents.Add(current);
            }
            current.Add(page);
        }
        return documents;
    }

    /// <summary>The same split as page numbers in the dossier (<see cref="PageRef.Number"/>).</summary>
    public static IReadOnlyList<IReadOnlyList<int>> SplitPageNumbers(IReadOnlyList<PageResult> pages) =>
        Split(pages).Select(d => (IReadOnlyList<int>)d.Select(p => p.Page.Number).ToList()).ToList();

    /// <summary>True when the page opens a new document.</summary>
    public static bool OpensDocument(PageResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Headings.OpensDocument(PageLayout.Lines(page, 0));
    }
}
