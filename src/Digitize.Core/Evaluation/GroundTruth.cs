using System.Text.Json;
using System.Text.Json.Serialization;
using Digitize.Core.Errors;
using Digitize.Core.Text;

namespace Digitize.Core.Evaluation;

/// <summary>One page of the ground truth: where it is, what it says (its printed text) and how the scan was degraded.</summary>
/// <param name="Degradations">What was done to the page beyond skew and blur (<c>speckle</c>, <c>seal</c>, <c>handwriting</c>,
/// <c>copy-stamp</c>, …; samples/README.md lists them); empty for a plain page.</param>
public sealed record GroundTruthPage(
    int Page, string File, int PageInFile, int Dpi, string Format, double SkewDegrees, int Rotation, string Text,
    IReadOnlyList<string>? Degradations = null)
{
    /// <summary>Degradations that put marks over or between the print: the pages the issue holds to CER ≤ 1 % each.</summary>
    private static readonly string[] MarkedKinds = ["speckle", "seal", "copy-stamp"];

    /// <summary>True when specks, a seal or a copy stamp lie over the page.</summary>
    public bool IsSpeckledOrStamped => AreSpeckledOrStamped(Degradations ?? []);

    /// <summary>True when <paramref name="degradations"/> put specks, a seal or a copy stamp over a page.</summary>
    public static bool AreSpeckledOrStamped(IEnumerable<string> degradations) =>
        degradations.Any(d => MarkedKinds.Contains(d, StringComparer.Ordinal));
}

/// <summary>One document of the ground truth: its pages in the dossier and its fields.</summary>
/// <param name="ExpectedAbsent">Fields whose value is written by hand on paper, with why (<c>handwritten</c>): the
/// extractor should leave them for a person rather than guess; <paramref name="Fields"/> still has the true value.</param>
public sealed record GroundTruthDocument(IReadOnlyList<int> Pages, IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, string>? ExpectedAbsent = null);

/// <summary>The ground truth of one sample dossier (<c>samples/ground-truth/LABEL.json</c>).</summary>
public sealed record GroundTruthDossier(string Label, IReadOnlyList<GroundTruthPage> Pages, IReadOnlyList<GroundTruthDocument> Documents)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>
    /// Reads a samples folder: dossiers under <c>dossiers/</c>, one JSON file each under <c>ground-truth/</c>.
    /// </summary>
    /// <exception cref="NotFoundException">The folder has no ground-truth files.</exception>
    public static IReadOnlyList<GroundTruthDossier> LoadFolder(string samplesFolder)
    {
        string truthFolder = Path.Combine(samplesFolder, "ground-truth");
        if (!Directory.Exists(truthFolder))
        {
            throw new NotFoundException($"{samplesFolder}: no ground-truth/ folder (expected the samples layout: dossiers/ and ground-truth/)");
        }
        var dossiers = new List<GroundTruthDossier>();
        foreach (string file in Directory.EnumerateFiles(truthFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var dossier = JsonSerializer.Deserialize<GroundTruthDossier>(File.ReadAllText(file), Json)
                ?? throw new InputFileException(file, "empty ground-truth file");
            dossiers.Add(dossier with
            {
                Pages = dossier.Pages.Select(p => p with { Text = VietnameseText.Nfc(p.Text) }).ToList(),
            });
        }
        if (dossiers.Count == 0)
        {
            throw new NotFoundException($"{truthFolder}: no ground-truth JSON files");
        }
        return dossiers;
    }

    /// <summary>The folder of this dossier's scans inside a samples folder.</summary>
    public string ScanFolder(string samplesFolder) => Path.Combine(samplesFolder, "dossiers", Label);
}
