using System.Text.Json;
using Digitize.Core.Dossiers;
using Digitize.Core.Pages;

namespace Digitize.Jobs.Stages;

/// <summary>What a page job stores in the catalog: the OCR result and the worker that produced it.</summary>
public sealed record StoredPageResult(string Worker, PageResult Result)
{
    public string ToJson() => JsonSerializer.Serialize(this, DossierRecord.JsonOptions);

    public static StoredPageResult FromJson(string json) =>
        JsonSerializer.Deserialize<StoredPageResult>(json, DossierRecord.JsonOptions)
        ?? throw new InvalidDataException("empty page result in the catalog");
}
