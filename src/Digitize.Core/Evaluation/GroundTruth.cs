using System.Text.Json;
using System.Text.Json.Serialization;
using Digitize.Core.Errors;
using Digitize.Core.Text;

namespace Digitize.Core.Evaluation;

/// <summary>One page of the ground truth: where it is and what it says.</summary>
public sealed record GroundTruthPage(
    int Page, string File, int PageInFile, int Dpi, string Format, double SkewDegrees, int Rotation, string Text);

/// <summary>One document of the ground truth: its pages in the dossier and its fields.</summary>
public sealed record GroundTruthDocument(IReadOnlyList<int> Pages, IReadOnlyDictionary<string, string> Fields);

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
