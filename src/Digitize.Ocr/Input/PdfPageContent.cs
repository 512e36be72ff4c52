using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Digitize.Ocr.Input;

/// <summary>
/// Measures how large each page's content (its content streams and the forms its resources hold) unpacks to, reading
/// the page tree from the raw objects, before any parser holds a page: a 4 MB PDF can carry a content stream that
/// inflates to gigabytes, and a parser that reads it whole takes the machine's memory with it.
/// </summary>
internal static class PdfPageContent
{
    private static readonly NameToken Kids = NameToken.Create("Kids");
    private static readonly NameToken Contents = NameToken.Create("Contents");
    private static readonly NameToken Resources = NameToken.Create("Resources");
    private static readonly NameToken XObject = NameToken.Create("XObject");
    private static readonly NameToken Subtype = NameToken.Create("Subtype");
    private static readonly NameToken Filter = NameToken.Create("Filter");
    private const int MaxFormDepth = 8;

    /// <summary>
    /// Each page's unpacked content size in bytes, in page order; a size stops being counted once past
    /// <paramref name="limit"/>. Pages the tree does not lead to (a damaged tree) are left out at the end.
    /// </summary>
    public static IReadOnlyList<long> Measure(PdfDocument document, long limit)
    {
        var sizes = new List<long>();
        var visited = new HashSet<IndirectReference>();
        if (document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Pages"), out IToken root))
        {
            Walk(document, root, null, visited, sizes, limit, depth: 0);
        }
        return sizes;
    }

    private static void Walk(PdfDocument document, IToken node, DictionaryToken? inherited, HashSet<IndirectReference> visited,
        List<long> sizes, long limit, int depth)
    {
        if (depth > 64 || (node is IndirectReferenceToken r && !visited.Add(r.Data)) || Resolve(document, node) is not DictionaryToken dictionary)
        {
            return; // a cycle or a broken node: PdfPig reports the tree itself
        }
        var resources = dictionary.TryGet(Resources, out IToken own) ? Resolve(document, own) as DictionaryToken : inherited;
        if (dictionary.TryGet(Kids, out IToken kids) && Resolve(document, kids) is ArrayToken children)
        {
            foreach (var child in children.Data)
            {
                Walk(document, child, resources, visited, sizes, limit, depth + 1);
            }
            return;
        }
        long size = 0;
        if (dictionary.TryGet(Contents, out IToken contents))
        {
            var streams = Resolve(document, contents) is ArrayToken parts ? parts.Data : [contents];
            foreach (var part in streams)
            {
                size += Resolve(document, part) is StreamToken stream ? UnpackedSize(stream, limit - size) : 0;
            }
        }
        size += FormsSize(document, resources, limit - size, new HashSet<IndirectReference>(), 0);
        sizes.Add(size);
    }

    private static long FormsSize(PdfDocument document, DictionaryToken? resources, long budget, HashSet<IndirectReference> seen, int depth)
    {
        if (resources is null || depth > MaxFormDepth || !resources.TryGet(XObject, out IToken token)
            || Resolve(document, token) is not DictionaryToken xobjects)
        {
            return 0;
        }
        long size = 0;
        foreach (var value in xobjects.Data.Values)
        {
            if (size > budget)
            {
                break;
            }
            if ((value is IndirectReferenceToken r && !seen.Add(r.Data)) || Resolve(document, value) is not StreamToken form
                || !form.StreamDictionary.TryGet(Subtype, out IToken subtype) || subtype is not NameToken { Data: "Form" })
            {
                continue;
            }
            size += UnpackedSize(form, budget - size);
            var formResources = form.StreamDictionary.TryGet(Resources, out IToken own) ? Resolve(document, own) as DictionaryToken : null;
            size += FormsSize(document, formResources, budget - size, seen, depth + 1);
        }
        return size;
    }

    /// <summary>The stream's size once unpacked, counted up to just past <paramref name="budget"/> and no further.</summary>
    private static long UnpackedSize(StreamToken stream, long budget)
    {
        var filter = stream.StreamDictionary.TryGet(Filter, out IToken f) ? f : null;
        bool flate = filter is NameToken { Data: "FlateDecode" or "Fl" }
            || filter is ArrayToken { Data: [NameToken { Data: "FlateDecode" or "Fl" }] };
        if (!flate)
        {
            return stream.Data.Length; // unfiltered, or a filter with no large expansion in practice
        }
        try
        {
            using var input = new MemoryStream(stream.Data.ToArray(), writable: false);
            using var inflater = new ZLibStream(input, CompressionMode.Decompress);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while (total <= budget && (read = inflater.Read(buffer)) > 0)
            {
                total += read;
            }
            return total;
        }
        catch (InvalidDataException)
        {
            return stream.Data.Length; // damaged data: the renderer reports it, it cannot expand
        }
    }

    private static IToken? Resolve(PdfDocument document, IToken token)
    {
        for (int hops = 0; token is IndirectReferenceToken reference && hops < 16; hops++)
        {
            token = document.Structure.GetObject(reference.Data)?.Data!;
        }
        return token;
    }
}
