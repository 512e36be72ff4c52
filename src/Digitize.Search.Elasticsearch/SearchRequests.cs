using System.Globalization;
using Digitize.Core.Dossiers;
using Digitize.Core.Search;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using static Digitize.Search.Elasticsearch.IndexMapping;

namespace Digitize.Search.Elasticsearch;

/// <summary>
/// A <see cref="SearchQuery"/> as Elasticsearch's query DSL, and its answer as a <see cref="SearchResult"/>.
/// Words: <c>multi_match</c> (all words) over the folded sub-fields, which every spelling matches, plus the same over the
/// exact sub-fields at ^3 so that the accents as typed rank first. Phrases: <c>match_phrase</c> on the same fields.
/// Identifiers: <c>term</c> on the identifier keywords (boosted), or the number as a phrase in the text. Filters
/// (clearance, type, organ, dates, dossier) go in <c>bool.filter</c>, so hits, totals and facets all obey them.
/// </summary>
internal static class SearchRequests
{
    public const int FacetSize = 50;
    private const string MarkOpen = "<mark>";
    private const string MarkClose = "</mark>";
    private static readonly string[] HighlightFields = [ExactOf(Text), FoldedOf(Text), ExactOf(Subject), FoldedOf(Subject)];

    public static Query Query(SearchQuery query)
    {
        var parsed = query.Parsed;
        var must = new List<Query>();
        if (parsed.Words.Count > 0)
        {
            string words = string.Join(' ', parsed.Words);
            must.Add(new BoolQuery
            {
                Should =
                [
                    new MultiMatchQuery(words)
                    {
                        Fields = Fields(ExactOf(Text) + "^3", ExactOf(Subject) + "^6", ExactOf(People) + "^6"),
                        Type = TextQueryType.BestFields,
                        Operator = Operator.And,
                    },
                    new MultiMatchQuery(words)
                    {
                        Fields = Fields(FoldedOf(Text), FoldedOf(Subject) + "^2", FoldedOf(People) + "^2", FoldedOf(Label)),
                        Type = TextQueryType.BestFields,
                        Operator = Operator.And,
                    },
                    // Words typed together rank first where they stand together: "ha tinh" → "Hà Tĩnh", not "hà" and "tỉnh" apart.
                    .. (parsed.Words.Count > 1
                        ? new Query[]
                        {
                            new MultiMatchQuery(words)
                            {
                                Fields = Fields(FoldedOf(Text), FoldedOf(Subject), FoldedOf(People)),
                                Type = TextQueryType.Phrase,
                                Slop = 1,
                                Boost = 10,
                            },
                        }
                        : []),
                ],
                MinimumShouldMatch = 1,
            });
        }
        foreach (string phrase in parsed.Phrases)
        {
            must.Add(new BoolQuery
            {
                Should =
                [
                    new MatchPhraseQuery(ExactOf(Text), phrase) { Boost = 3 },
                    new MatchPhraseQuery(FoldedOf(Text), phrase),
                    new MatchPhraseQuery(ExactOf(Subject), phrase) { Boost = 6 },
                    new MatchPhraseQuery(FoldedOf(Subject), phrase) { Boost = 2 },
                ],
                MinimumShouldMatch = 1,
            });
        }
        foreach (string identifier in parsed.Identifiers)
        {
            must.Add(new BoolQuery
            {
                Should =
                [
                    new TermQuery(IndexMapping.Identifiers, identifier) { Boost = 10 },
                    new MatchPhraseQuery(FoldedOf(Text), identifier),
                ],
                MinimumShouldMatch = 1,
            });
        }
        return new BoolQuery { Must = must.Count > 0 ? must : null, Filter = Filters(query) };
    }

    public static List<Query> Filters(SearchQuery query)
    {
        var filters = new List<Query>
        {
            new NumberRangeQuery(IndexMapping.Confidentiality) { Lte = (int)query.Clearance },
        };
        if (query.DocumentType is { } type)
        {
            filters.Add(new TermQuery(FoldedOf(DocumentType), type));
        }
        if (query.Organ is { } organ)
        {
            filters.Add(new TermQuery(FoldedOf(Organ), organ));
        }
        if (query.From is not null || query.To is not null)
        {
            filters.Add(new DateRangeQuery(IssuedDate)
            {
                Gte = query.From is { } from ? Day(from) : null,
                Lte = query.To is { } to ? Day(to) : null,
                Format = "strict_date",
            });
        }
        if (query.Dossier is { } dossier)
        {
            filters.Add(new TermQuery(IndexMapping.Dossier, dossier.Value));
        }
        return filters;
    }

    public static Dictionary<string, Aggregation> Facets() => new()
    {
        [SearchResult.TypeFacet] = new TermsAggregation { Field = DocumentType, Size = FacetSize },
        [SearchResult.OrganFacet] = new TermsAggregation { Field = Organ, Size = FacetSize },
        [SearchResult.YearFacet] = new DateHistogramAggregation
        {
            Field = IssuedDate, CalendarInterval = CalendarInterval.Year, Format = "yyyy", MinDocCount = 1,
        },
    };

    public static Highlight Highlight() => new()
    {
        PreTags = [MarkOpen],
        PostTags = [MarkClose],
        Encoder = HighlighterEncoder.Html,
        FragmentSize = 160,
        NumberOfFragments = 3,
        Fields = [.. HighlightFields.Select(f => new KeyValuePair<Field, HighlightField>(f, new HighlightField()))],
    };

    /// <summary>One page from <c>from</c>/<c>size</c>, with total, facets and highlights.</summary>
    public static SearchRequest Page(string index, SearchQuery query, int from) => new(index)
    {
        Query = Query(query),
        From = from,
        Size = query.PageSize,
        TrackTotalHits = new TrackHits(true),
        Aggregations = Facets(),
        Highlight = Highlight(),
    };

    /// <summary>
    /// Hits by score. A search with a point in time adds the tiebreaker <c>_shard_doc</c> itself, and its value comes
    /// back in each hit's <c>sort</c>, so <c>search_after</c> never skips or repeats a hit.
    /// </summary>
    public static List<SortOptions> PitSort() => [new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } }];

    public static SearchHit Hit(Hit<IndexedDocument> hit)
    {
        var source = hit.Source ?? throw new ElasticsearchRequestException("search", 200, "missing_source", $"hit {hit.Id} has no _source");
        return new SearchHit(source.Label, Digitize.Core.Dossiers.DocumentId.Parse(source.DocumentId), hit.Score ?? 0,
            source.Fields ?? new Dictionary<string, string>(), Highlights(hit.Highlight));
    }

    /// <summary>The snippets of the exact sub-fields first, then those the folded ones add.</summary>
    public static IReadOnlyList<string> Highlights(IReadOnlyDictionary<string, IReadOnlyCollection<string>>? highlight) =>
        highlight is null
            ? []
            : HighlightFields.SelectMany(f => highlight.TryGetValue(f, out var fragments) ? fragments : [])
                .Distinct(StringComparer.Ordinal).Take(3).ToList();

    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> FacetCounts(AggregateDictionary? aggregations)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            [SearchResult.TypeFacet] = [], [SearchResult.OrganFacet] = [], [SearchResult.YearFacet] = [],
        };
        if (aggregations is null)
        {
            return facets;
        }
        foreach (string name in new[] { SearchResult.TypeFacet, SearchResult.OrganFacet })
        {
            if (aggregations.TryGetValue(name, out var aggregate) && aggregate is StringTermsAggregate terms)
            {
                facets[name] = terms.Buckets.Select(b => new FacetCount(Key(b.Key), b.DocCount)).ToList();
            }
        }
        if (aggregations.TryGetValue(SearchResult.YearFacet, out var years) && years is DateHistogramAggregate histogram)
        {
            facets[SearchResult.YearFacet] = histogram.Buckets.Where(b => b.DocCount > 0)
                .Select(b => new FacetCount(b.KeyAsString ?? b.Key.Year.ToString(CultureInfo.InvariantCulture), b.DocCount)).ToList();
        }
        return facets;
    }

    private static string Key(FieldValue key) => key.Value switch
    {
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v?.ToString() ?? "",
    };

    private static Fields Fields(params string[] names) => Elastic.Clients.Elasticsearch.Fields.FromStrings(names);

    private static DateMath Day(DateOnly day) => DateMath.Anchored(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
