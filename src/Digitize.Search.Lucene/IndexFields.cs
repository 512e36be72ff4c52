using System.Text.Json;
using Digitize.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Digitize.Search.Lucene;

/// <summary>The fields of the Lucene index and how a <see cref="SearchDocument"/> fills them.</summary>
internal static class IndexFields
{
    public const string FoldedSuffix = "_f";

    // Analyzed: an exact and a folded field each.
    public const string Text = "text";
    public const string TextFolded = Text + FoldedSuffix;
    public const string Subject = "subject";
    public const string SubjectFolded = Subject + FoldedSuffix;
    public const string People = "people";
    public const string PeopleFolded = People + FoldedSuffix;

    // Keywords: identifiers upper-cased as written (531/QĐ-UBND) and folded (531/qd-ubnd).
    public const string Identifier = "identifier";
    public const string IdentifierFolded = "identifier_key";
    public const string DocumentId = "documentId";
    public const string Dossier = "dossier";
    // Filters (lower-cased keys) and facets (doc values as written).
    public const string Type = "type";
    public const string Organ = "organ";
    public const string TypeFacet = "type_dv";
    public const string OrganFacet = "organ_dv";
    public const string Year = "year_dv";
    public const string Confidentiality = "confidentiality";
    /// <summary>The issued date as <see cref="DateOnly.DayNumber"/>.</summary>
    public const string Issued = "issued";
    public const string Version = "version_dv";
    // Stored only.
    public const string Label = "label";
    public const string Fields = "fields";
    public const string StoredVersion = "version";

    /// <summary>Fields analyzed as text: exact and folded pairs with their query boosts.</summary>
    public static readonly (string Exact, string Folded, float Boost)[] Analyzed =
    [
        (Text, TextFolded, 1f), (Subject, SubjectFolded, 2f), (People, PeopleFolded, 1.5f),
    ];

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A filter value as the index keeps it: canonical, trimmed, lower case.</summary>
    public static string Key(string value) => SearchText.Canonical(value).Trim().ToLowerInvariant();

    public static string IdentifierKey(string value) => SearchText.Canonical(value).Trim().ToUpperInvariant();

    public static Document ToDocument(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(DocumentId, source.DocumentId.ToString(), Field.Store.YES),
            new StringField(Dossier, source.Dossier.Value, Field.Store.NO),
            new StoredField(Label, source.DossierLabel),
            new StoredField(Fields, JsonSerializer.Serialize(source.Fields, JsonOptions)),
            new StoredField(StoredVersion, source.Version),
            new NumericDocValuesField(Version, source.Version),
            new Int32Field(Confidentiality, (int)source.Confidentiality, Field.Store.NO),
        };
        string text = Canonical(source.Text);
        document.Add(new TextField(Text, text, Field.Store.YES));
        document.Add(new TextField(TextFolded, text, Field.Store.NO));
        if (source.Subject is { } subject)
        {
            AddAnalyzed(document, Subject, SubjectFolded, subject);
        }
        foreach (string person in source.People)
        {
            AddAnalyzed(document, People, PeopleFolded, person);
        }
        foreach (string identifier in source.Identifiers.Select(IdentifierKey).Where(i => i.Length > 0).Distinct())
        {
            document.Add(new StringField(Identifier, identifier, Field.Store.NO));
            document.Add(new StringField(IdentifierFolded, SearchText.Fold(identifier), Field.Store.NO));
        }
        AddKeyword(document, Type, TypeFacet, source.DocumentType);
        AddKeyword(document, Organ, OrganFacet, source.Organ);
        if (source.IssuedDate is { } issued)
        {
            document.Add(new Int32Field(Issued, issued.DayNumber, Field.Store.NO));
            document.Add(new NumericDocValuesField(Year, issued.Year));
        }
        return document;
    }

    /// <summary>
    /// <see cref="SearchText.Canonical"/>, skipped for text already canonical (as <see cref="SearchDocument"/> text
    /// should be): NFC and no old-style tone mark after o or u.
    /// </summary>
    public static string Canonical(string text)
    {
        var span = text.AsSpan();
        for (int at = span.IndexOfAny(OldStyleTones); at >= 0; at = span.Slice(at + 1).IndexOfAny(OldStyleTones) is var next and >= 0 ? at + 1 + next : -1)
        {
            if (at > 0 && span[at - 1] is 'o' or 'O' or 'u' or 'U')
            {
                return SearchText.Canonical(text);
            }
        }
        return text.IsNormalized(System.Text.NormalizationForm.FormC) ? text : SearchText.Canonical(text);
    }

    private static readonly System.Buffers.SearchValues<char> OldStyleTones = System.Buffers.SearchValues.Create("àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ");

    private static void AddAnalyzed(Document document, string exact, string folded, string value)
    {
        string canonical = SearchText.Canonical(value);
        document.Add(new TextField(exact, canonical, Field.Store.NO));
        document.Add(new TextField(folded, canonical, Field.Store.NO));
    }

    private static void AddKeyword(Document document, string filter, string facet, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        document.Add(new StringField(filter, Key(value), Field.Store.NO));
        document.Add(new SortedDocValuesField(facet, new BytesRef(SearchText.Canonical(value).Trim())));
    }
}
