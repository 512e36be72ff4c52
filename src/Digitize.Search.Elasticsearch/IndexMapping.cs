using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace Digitize.Search.Elasticsearch;

/// <summary>
/// The field names, analysis and mapping of the index. Analysis uses only what every Elasticsearch has (standard
/// tokenizer, lowercase, asciifolding): NFC and the tone-mark style are applied before text is sent
/// (<see cref="Digitize.Core.Search.SearchText.Canonical"/>).
/// </summary>
internal static class IndexMapping
{
    /// <summary>Raised whenever the mapping or analysis changes: a reindex then builds an index of the new version.</summary>
    public const int SchemaVersion = 1;

    public const string DocumentId = "documentId";
    public const string Dossier = "dossier";
    public const string Label = "label";
    public const string Text = "text";
    public const string Subject = "subject";
    public const string People = "people";
    public const string Identifiers = "identifiers";
    public const string DocumentType = "documentType";
    public const string Organ = "organ";
    public const string IssuedDate = "issuedDate";
    public const string Confidentiality = "confidentiality";
    public const string Version = "version";
    public const string Fields = "fields";
    public const string Signature = "signature";

    /// <summary>Sub-field of the text fields: words with their accents, lower case.</summary>
    public const string Exact = "exact";
    /// <summary>Sub-field of the text fields and of type/organ: lower case without accents (đ → d).</summary>
    public const string Folded = "folded";

    public const string ExactAnalyzer = "digitize_exact";
    public const string FoldedAnalyzer = "digitize_folded";
    public const string FoldedNormalizer = "digitize_folded_keyword";

    public static string ExactOf(string field) => $"{field}.{Exact}";

    public static string FoldedOf(string field) => $"{field}.{Folded}";

    public static IndexSettings Settings(int maxResultWindow) => new()
    {
        MaxResultWindow = maxResultWindow,
        Analysis = new IndexSettingsAnalysis
        {
            Analyzers = new Analyzers
            {
                [ExactAnalyzer] = new CustomAnalyzer { Tokenizer = "standard", Filter = ["lowercase"] },
                // preserve_original is off: the exact sub-field keeps the accented form.
                [FoldedAnalyzer] = new CustomAnalyzer { Tokenizer = "standard", Filter = ["lowercase", "asciifolding"] },
            },
            Normalizers = new Normalizers
            {
                [FoldedNormalizer] = new CustomNormalizer { Filter = ["lowercase", "asciifolding"] },
            },
        },
    };

    public static TypeMapping Mappings() => new()
    {
        Dynamic = DynamicMapping.Strict,
        Properties = new Properties
        {
            [DocumentId] = new KeywordProperty(),
            [Dossier] = new KeywordProperty(),
            [Label] = new KeywordProperty { Fields = new Properties { [Folded] = FoldedText() } },
            [Text] = SearchedText(),
            [Subject] = SearchedText(),
            [People] = SearchedText(),
            [Identifiers] = new KeywordProperty(),
            [DocumentType] = FacetKeyword(),
            [Organ] = FacetKeyword(),
            [IssuedDate] = new DateProperty { Format = "strict_date" },
            [Confidentiality] = new IntegerNumberProperty(),
            [Version] = new LongNumberProperty { Index = false },
            // Stored in _source only, given back in hits.
            [Fields] = new ObjectProperty { Enabled = false },
            [Signature] = new ObjectProperty { Enabled = false },
        },
    };

    private static TextProperty SearchedText() => new()
    {
        Analyzer = "standard",
        Fields = new Properties
        {
            [Exact] = new TextProperty { Analyzer = ExactAnalyzer },
            [Folded] = FoldedText(),
        },
    };

    private static TextProperty FoldedText() => new() { Analyzer = FoldedAnalyzer };

    // The value as written (facets give it back), and a folded sub-field that filters ignore case and accents on.
    private static KeywordProperty FacetKeyword() => new()
    {
        IgnoreAbove = 512,
        Fields = new Properties { [Folded] = new KeywordProperty { Normalizer = FoldedNormalizer, IgnoreAbove = 512 } },
    };
}
