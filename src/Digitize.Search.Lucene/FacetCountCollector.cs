using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Digitize.Search.Lucene;

/// <summary>
/// Counts every collected document by type, organ and year from doc values: per segment an array indexed by ordinal,
/// turned into values once at the end of the segment.
/// </summary>
internal sealed class FacetCountCollector : ICollector
{
    private const int MaxYear = 4000;
    private readonly Dictionary<string, long> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _organs = new(StringComparer.Ordinal);
    private readonly long[] _years = new long[MaxYear];
    private Segment _type;
    private Segment _organ;
    private NumericDocValues? _year;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _type = new Segment(reader.GetSortedDocValues(IndexFields.TypeFacet));
        _organ = new Segment(reader.GetSortedDocValues(IndexFields.OrganFacet));
        _year = reader.GetNumericDocValues(IndexFields.Year);
    }

    public void Collect(int doc)
    {
        _type.Collect(doc);
        _organ.Collect(doc);
        if (_year is not null)
        {
            long year = _year.Get(doc);
            if (year is > 0 and < MaxYear)
            {
                _years[year]++;
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<Core.Search.FacetCount>> Result(int maxValues)
    {
        Flush();
        return new Dictionary<string, IReadOnlyList<Core.Search.FacetCount>>
        {
            [Core.Search.SearchResult.TypeFacet] = Top(_types, maxValues),
            [Core.Search.SearchResult.OrganFacet] = Top(_organs, maxValues),
            [Core.Search.SearchResult.YearFacet] = _years.Select((count, year) => (count, year)).Where(y => y.count > 0)
                .OrderByDescending(y => y.year).Take(maxValues)
                .Select(y => new Core.Search.FacetCount(y.year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.count)).ToList(),
        };
    }

    private static List<Core.Search.FacetCount> Top(Dictionary<string, long> counts, int maxValues) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(maxValues)
            .Select(c => new Core.Search.FacetCount(c.Key, c.Value)).ToList();

    private void Flush()
    {
        _type.FlushInto(_types);
        _organ.FlushInto(_organs);
        _type = default;
        _organ = default;
    }

    private struct Segment(SortedDocValues? values)
    {
        private readonly int[]? _counts = values is null ? null : new int[values.ValueCount];

        public readonly void Collect(int doc)
        {
            if (_counts is not null)
            {
                int ord = values!.GetOrd(doc);
                if (ord >= 0)
                {
                    _counts[ord]++;
                }
            }
        }

        public readonly void FlushInto(Dictionary<string, long> totals)
        {
            if (_counts is null)
            {
                return;
            }
            var bytes = new BytesRef();
            for (int ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] > 0)
                {
                    values!.LookupOrd(ord, bytes);
                    string value = bytes.Utf8ToString();
                    totals[value] = totals.GetValueOrDefault(value) + _counts[ord];
                }
            }
        }
    }
}
