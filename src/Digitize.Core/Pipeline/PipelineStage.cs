namespace Digitize.Core.Pipeline;

/// <summary>
/// The stages of the pipeline in their order (see <c>Digitize.Jobs/Pipeline/DossierPipeline.cs</c>). A dossier's
/// record says which stage it has reached, so a failed dossier is retried from the stage that failed.
/// </summary>
public enum PipelineStage
{
    /// <summary>Hash and archive the originals, count the pages, register the dossier.</summary>
    Intake = 0,

    /// <summary>Per page: load, orientation, deskew, OCR, one-page PDF.</summary>
    Page = 1,

    /// <summary>Split the pages into documents, extract the fields, assemble each document's PDF.</summary>
    Document = 2,

    /// <summary>Sign each document's archival PDF.</summary>
    Sign = 3,

    /// <summary>Send the documents to the search index.</summary>
    Index = 4,
}

/// <summary>Stage names as they appear in error records (<c>"page"</c>, <c>"document"</c>…).</summary>
public static class PipelineStageNames
{
    public static string Name(this PipelineStage stage) => stage.ToString().ToLowerInvariant();
}
