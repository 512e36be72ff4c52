using Digitize.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Digitize.Search.Lucene;

/// <summary>
/// One index folder (<c>index-&lt;timestamp&gt;</c>) open for writing, with its near-real-time searcher. The live
/// generation serves searches; a reindex builds a new one beside it.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private readonly FSDirectory _directory;

    private IndexGeneration(string folder, FSDirectory directory, IndexWriter writer)
    {
        Folder = folder;
        _directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public string Folder { get; }

    public string Name => Path.GetFileName(Folder);

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    /// <exception cref="SearchUnavailableException">The folder cannot be opened (another process holds its lock, a disk error).</exception>
    public static IndexGeneration Open(string folder)
    {
        FSDirectory? directory = null;
        try
        {
            System.IO.Directory.CreateDirectory(folder);
            directory = FSDirectory.Open(folder);
            var config = new IndexWriterConfig(VietnameseAnalyzer.Version, VietnameseAnalyzer.PerField())
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 64,
            };
            var writer = new IndexWriter(directory, config);
            if (!DirectoryReader.IndexExists(directory))
            {
                writer.Commit(); // an empty commit, so that a reader can open the folder at once
            }
            return new IndexGeneration(folder, directory, writer);
        }
        catch (Exception ex) when (ex is IOException or LockObtainFailedException or UnauthorizedAccessException)
        {
            directory?.Dispose();
            throw new SearchUnavailableException($"cannot open the search index at {folder}: {ex.Message}", ex);
        }
    }

    /// <summary>Makes the writes so far durable and visible to searches.</summary>
    public void CommitAndRefresh()
    {
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
    }

    /// <summary>The version of a document in the index as of the current searcher, or null.</summary>
    public static long? VersionOf(IndexSearcher searcher, Term documentId)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var docs = reader.GetTermDocsEnum(documentId);
            if (docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                return reader.GetNumericDocValues(IndexFields.Version)?.Get(docs.DocID) ?? 0;
            }
        }
        return null;
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
    }
}
