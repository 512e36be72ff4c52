using Digitize.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Digitize.Search.Lucene;

/// <summary>
/// Turns a <see cref="SearchQuery"/> into a Lucene query and filter. Every part of the parsed text must match
/// somewhere; each part matches its exact fields (boosted) or its folded fields, so that <c>ha tinh</c> finds
/// "Hà Tĩnh" and exact-accent matches rank first. Nothing of Lucene's query syntax is ever parsed.
/// </summary>
internal static class LuceneQueryBuilder
{
    private const float ExactBoost = 2f;
    private const float AdjacentBoost = 25f;
    private const float IdentifierBoost = 20f;
    private const float FoldedIdentifierBoost = 10f;

    /// <summary>The scoring part of the search; null when the text has nothing to search for and no filter either.</summary>
    public static Query? Build(SearchQuery query)
    {
        var parsed = query.Parsed;
        if (parsed.IsEmpty)
        {
            return HasFilter(query) ? new MatchAllDocsQuery() : null;
        }
        var root = new BooleanQuery(disableCoord: true);
        foreach (string identifier in parsed.Identifiers)
        {
            AddRequired(root, Identifier(identifier));
        }
        foreach (string phrase in parsed.Phrases)
        {
            AddRequired(root, Text(phrase));
        }
        foreach (string word in parsed.Words)
        {
            AddRequired(root, Text(word));
        }
        if (parsed.Words.Count > 1)
        {
            // Words typed together rank first where they stand together: "ha tinh" → "Hà Tĩnh", not "hà" and "tỉnh" apart.
            root.Add(Adjacent(parsed.Words), Occur.SHOULD);
        }
        return root.Clauses.Count > 0 ? root : HasFilter(query) ? new MatchAllDocsQuery() : null;
    }

    /// <summary>What every hit, total and facet count must satisfy: the caller's clearance and the filters.</summary>
    public static Filter Filter(SearchQuery query)
    {
        var filter = new BooleanQuery(disableCoord: true)
        {
            { NumericRangeQuery.NewInt32Range(IndexFields.Confidentiality, 0, (int)query.Clearance, true, true), Occur.MUST },
        };
        if (query.DocumentType is { } type)
        {
            filter.Add(new TermQuery(new Term(IndexFields.Type, IndexFields.Key(type))), Occur.MUST);
        }
        if (query.Organ is { } organ)
        {
            filter.Add(new TermQuery(new Term(IndexFields.Organ, IndexFields.Key(organ))), Occur.MUST);
        }
        if (query.Dossier is { } dossier)
        {
            filter.Add(new TermQuery(new Term(IndexFields.Dossier, dossier.Value)), Occur.MUST);
        }
        if (query.From is not null || query.To is not null)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.Issued, query.From?.DayNumber, query.To?.DayNumber, true, true), Occur.MUST);
        }
        return new QueryWrapperFilter(filter);
    }

    private static bool HasFilter(SearchQuery query) =>
        query.DocumentType is not null || query.Organ is not null || query.Dossier is not null || query.From is not null || query.To is not null;

    private static void AddRequired(BooleanQuery root, Query? part)
    {
        if (part is not null)
        {
            root.Add(part, Occur.MUST);
        }
    }

    /// <summary>A number, CCCD or code: the identifier keyword exactly, its folded form, or the same words in the text.</summary>
    private static Query Identifier(string identifier)
    {
        string key = IndexFields.IdentifierKey(identifier);
        var any = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(IndexFields.Identifier, key)) { Boost = IdentifierBoost }, Occur.SHOULD },
            { new TermQuery(new Term(IndexFields.IdentifierFolded, SearchText.Fold(key))) { Boost = FoldedIdentifierBoost }, Occur.SHOULD },
        };
        if (Terms(VietnameseAnalyzer.Folded, IndexFields.TextFolded, identifier, 1f) is { } inText)
        {
            any.Add(inText, Occur.SHOULD);
        }
        return any;
    }

    /// <summary>A word or a phrase in any analyzed field, exact (boosted) or folded.</summary>
    private static Query? Text(string text)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (exact, folded, boost) in IndexFields.Analyzed)
        {
            if (Terms(VietnameseAnalyzer.Exact, exact, text, boost * ExactBoost) is { } exactQuery)
            {
                any.Add(exactQuery, Occur.SHOULD);
            }
            if (Terms(VietnameseAnalyzer.Folded, folded, text, boost) is { } foldedQuery)
            {
                any.Add(foldedQuery, Occur.SHOULD);
            }
        }
        return any.Clauses.Count > 0 ? any : null;
    }

    /// <summary>
    /// The words as a phrase with a little slop in the folded text and subject: one phrase per field whatever the accents
    /// typed (the exact-field clauses already rank exact accents first), which keeps this cheap on common words.
    /// </summary>
    private static Query Adjacent(IReadOnlyList<string> words)
    {
        string text = string.Join(' ', words);
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (_, folded, boost) in IndexFields.Analyzed.Where(f => f.Folded is IndexFields.TextFolded or IndexFields.SubjectFolded))
        {
            if (Terms(VietnameseAnalyzer.Folded, folded, text, boost * AdjacentBoost) is PhraseQuery phrase)
            {
                phrase.Slop = 1;
                any.Add(phrase, Occur.SHOULD);
            }
        }
        return any;
    }

    /// <summary>A term query for one term, a phrase query for several, null for none.</summary>
    private static Query? Terms(VietnameseAnalyzer analyzer, string field, string text, float boost)
    {
        var terms = analyzer.Terms(field, text);
        if (terms.Count == 0)
        {
            return null;
        }
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0])) { Boost = boost };
        }
        var phrase = new PhraseQuery { Boost = boost };
        foreach (string term in terms)
        {
            phrase.Add(new Term(field, term));
        }
        return phrase;
    }
}
