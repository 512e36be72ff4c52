namespace Digitize.Jobs.Hosting;

/// <summary>
/// Hangfire queues, named so that their alphabetical order (the order SQL storages fetch in) is their priority:
/// an official's upload or a clerk waiting at the desk goes before the overnight batch.
/// </summary>
public static class Queues
{
    /// <summary>Someone is waiting: <c>ingest --wait</c>, <c>retry</c>, uploads through the portal.</summary>
    public const string Interactive = "a_interactive";

    /// <summary>Scanning-station hot folders and overnight batches.</summary>
    public const string Batch = "b_batch";

    /// <summary>
    /// A dossier's own stages (document, sign, index), whichever queue its pages are on: they are short, and a small
    /// dossier must never wait for them behind the thousand page jobs of another dossier.
    /// </summary>
    public const string Dossier = "a_dossier";

    /// <summary>The order a server takes work in.</summary>
    public static readonly string[] All = [Dossier, Interactive, Batch, "default"];
}
