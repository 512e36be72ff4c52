using Digitize.Core.Dossiers;

namespace Digitize.Core.Search;

/// <summary>A hit in the architecture's contract: <c>{ label, documentId, score, fields, highlights }</c>.</summary>
/// <param name="Highlights">Snippets of the text around the matches, the matched words in <c>&lt;mark&gt;…&lt;/mark&gt;</c>;
/// the rest of each snippet is HTML-escaped.</param>
public sealed record SearchHit(string Label, DocumentId DocumentId, double Score, IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<string> Highlights);

/// <summary>How many visible documents have a facet value.</summary>
public sealed record FacetCount(string Value, long Count);

/// <summary>
/// One page of hits, the total, and the facets (by <c>type</c>, <c>organ</c>, <c>year</c>) over every visible hit.
/// </summary>
public sealed record SearchResult(long Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public const string TypeFacet = "type";
    public const string OrganFacet = "organ";
    public const string YearFacet = "year";
}
