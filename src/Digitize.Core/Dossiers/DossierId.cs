using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Digitize.Core.Dossiers;

/// <summary>
/// A dossier's id: 16 lower-case hex digits derived from the SHA-256 of its files in page order, so the same content
/// ingested twice has the same id whatever its folder is called, and the same pages in another order do not.
/// </summary>
/// <threadsafety>Immutable.</threadsafety>
[JsonConverter(typeof(DossierIdJsonConverter))]
public readonly record struct DossierId
{
    private const int Length = 16;
    private readonly string? _value;

    /// <exception cref="ArgumentException"><paramref name="value"/> is not 16 lower-case hex digits.</exception>
    public DossierId(string value)
    {
        if (!IsWellFormed(value))
        {
            throw new ArgumentException($"a dossier id is {Length} lower-case hex digits, not '{value}'", nameof(value));
        }
        _value = value;
    }

    public string Value => _value ?? throw new InvalidOperationException("an uninitialised DossierId");

    /// <summary>
    /// The id of a dossier made of these parts in this order: its files' SHA-256 digests in page order (intake adds a
    /// part for each file it could not read, so that file counts too).
    /// </summary>
    public static DossierId FromContent(IEnumerable<string> sha256Digests)
    {
        ArgumentNullException.ThrowIfNull(sha256Digests);
        string content = string.Join('\n', sha256Digests);
        return new DossierId(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..Length]);
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out DossierId id)
    {
        id = IsWellFormed(text) ? new DossierId(text!) : default;
        return IsWellFormed(text);
    }

    public override string ToString() => Value;

    private static bool IsWellFormed([NotNullWhen(true)] string? text) =>
        text is { Length: Length } && text.All(char.IsAsciiHexDigitLower);
}

/// <summary>A document of a dossier: the dossier and the document's number in it (1…), written <c>DOSSIER.NN</c>.</summary>
[JsonConverter(typeof(DocumentIdJsonConverter))]
public readonly record struct DocumentId
{
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is less than 1.</exception>
    public DocumentId(DossierId dossier, int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        Dossier = dossier;
        Ordinal = ordinal;
    }

    public DossierId Dossier { get; }

    public int Ordinal { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentId id)
    {
        id = default;
        int dot = text?.IndexOf('.') ?? -1;
        if (dot < 0 || !DossierId.TryParse(text![..dot], out var dossier)
            || !int.TryParse(text[(dot + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int ordinal)
            || ordinal < 1)
        {
            return false;
        }
        id = new DocumentId(dossier, ordinal);
        return true;
    }

    /// <exception cref="FormatException">The text is not <c>DOSSIER.NN</c>.</exception>
    public static DocumentId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a document id (DOSSIER.NN)");

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Dossier}.{Ordinal:00}");
}

internal sealed class DossierIdJsonConverter : JsonConverter<DossierId>
{
    public override DossierId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DossierId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("not a dossier id");

    public override void Write(Utf8JsonWriter writer, DossierId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

internal sealed class DocumentIdJsonConverter : JsonConverter<DocumentId>
{
    public override DocumentId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DocumentId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("not a document id");

    public override void Write(Utf8JsonWriter writer, DocumentId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
