using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Digitize.Search.Lucene;

/// <summary>
/// The two analyses of Vietnamese text: exact (standard tokenizer, lower case) and folded (also ASCII folding, which
/// drops the marks and maps đ to d). Text reaches them in <see cref="Core.Search.SearchText.Canonical"/> form.
/// </summary>
internal sealed class VietnameseAnalyzer(bool folded) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static readonly VietnameseAnalyzer Exact = new(folded: false);

    public static readonly VietnameseAnalyzer Folded = new(folded: true);

    /// <summary>Exact analysis for every field but the folded ones (names ending in <see cref="IndexFields.FoldedSuffix"/>).</summary>
    public static Analyzer PerField() => new PerFieldAnalyzerWrapperByName();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        if (folded)
        {
            stream = new ASCIIFoldingFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The terms <paramref name="text"/> gives in <paramref name="field"/>.</summary>
    public IReadOnlyList<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    private sealed class PerFieldAnalyzerWrapperByName : AnalyzerWrapper
    {
        public PerFieldAnalyzerWrapperByName() : base(PER_FIELD_REUSE_STRATEGY)
        {
        }

        protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
            fieldName.EndsWith(IndexFields.FoldedSuffix, StringComparison.Ordinal) ? Folded : Exact;
    }
}
