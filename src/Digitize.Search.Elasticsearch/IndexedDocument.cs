using System.Text.Json.Serialization;
using Digitize.Core.Dossiers;
using Digitize.Core.Search;

namespace Digitize.Search.Elasticsearch;

/// <summary>
/// A <see cref="SearchDocument"/> as it sits in <c>_source</c>: the searched fields of <see cref="IndexMapping"/>, and the
/// stored fields and signature as they are, to give them back in hits.
/// </summary>
internal sealed class IndexedDocument
{
    [JsonPropertyName(IndexMapping.DocumentId)] public required string DocumentId { get; init; }
    [JsonPropertyName(IndexMapping.Dossier)] public required string Dossier { get; init; }
    [JsonPropertyName(IndexMapping.Label)] public required string Label { get; init; }
    [JsonPropertyName(IndexMapping.Text)] public required string Text { get; init; }
    [JsonPropertyName(IndexMapping.Subject)] public string? Subject { get; init; }
    [JsonPropertyName(IndexMapping.People)] public required IReadOnlyList<string> People { get; init; }
    [JsonPropertyName(IndexMapping.Identifiers)] public required IReadOnlyList<string> Identifiers { get; init; }
    [JsonPropertyName(IndexMapping.DocumentType)] public string? DocumentType { get; init; }
    [JsonPropertyName(IndexMapping.Organ)] public string? Organ { get; init; }
    [JsonPropertyName(IndexMapping.IssuedDate)] public string? IssuedDate { get; init; }
    [JsonPropertyName(IndexMapping.Confidentiality)] public required int Confidentiality { get; init; }
    [JsonPropertyName(IndexMapping.Version)] public required long Version { get; init; }
    [JsonPropertyName(IndexMapping.Fields)] public required IReadOnlyDictionary<string, string> Fields { get; init; }
    [JsonPropertyName(IndexMapping.Signature)] public SignatureEntry? Signature { get; init; }

    public static IndexedDocument From(SearchDocument document) => new()
    {
        DocumentId = document.DocumentId.ToString(),
        Dossier = document.Dossier.Value,
        Label = document.DossierLabel,
        Text = SearchText.Canonical(document.Text),
        Subject = document.Subject is { } subject ? SearchText.Canonical(subject) : null,
        People = document.People.Select(SearchText.Canonical).ToList(),
        // Query identifiers are upper-cased by ParsedQuery; keep the index the same.
        Identifiers = document.Identifiers.Select(i => SearchText.Canonical(i).ToUpperInvariant()).Distinct().ToList(),
        DocumentType = document.DocumentType is { } type ? SearchText.Canonical(type) : null,
        Organ = document.Organ is { } organ ? SearchText.Canonical(organ) : null,
        IssuedDate = document.IssuedDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Confidentiality = (int)document.Confidentiality,
        Version = document.Version,
        Fields = document.Fields,
        Signature = document.Signature,
    };
}
