using Digitize.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

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

    /// <summary>
    /// Whether a write failed after adding documents that no searcher shows yet: a document missing from the searcher
    /// may then be in the writer, so writes must replace by id rather than add.
    /// </summary>
    public bool MayHoldUnsearchedWrites { get; set; }

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

    /// <summary>The versions the searcher's index holds of these documents (absent ones are left out).</summary>
    /// <remarks>One terms enumerator per segment, seeking the ids in order: far cheaper than a query per document.</remarks>
    public static Dictionary<string, long> VersionsOf(IndexSearcher searcher, IEnumerable<string> documentIds)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        var ids = documentIds.Order(StringComparer.Ordinal).Select(id => (Id: id, Bytes: new BytesRef(id))).ToList();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetTerms(IndexFields.DocumentId) is not { } terms)
            {
                continue;
            }
            var termsEnum = terms.GetEnumerator();
            var stored = reader.GetNumericDocValues(IndexFields.Version);
            DocsEnum? docs = null;
            foreach (var (id, bytes) in ids)
            {
                if (termsEnum.SeekExact(bytes))
                {
                    docs = termsEnum.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                    int doc = docs.NextDoc();
                    if (doc != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        versions[id] = stored?.Get(doc) ?? 0;
                    }
                }
            }
        }
        return versions;
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
    }
}
