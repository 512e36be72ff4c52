using Digitize.Core.Dossiers;
using Digitize.Core.Search;
using Digitize.Search.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Digitize.Search.Tests.Lucene;

/// <summary>What the embedded backend adds to the conformance suite: its folder layout, durability and reindex details.</summary>
public sealed class LuceneSearchIndexTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digitize-lucene-" + Guid.NewGuid().ToString("N"), "index");

    public void Dispose()
    {
        string root = Path.GetDirectoryName(_folder)!;
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Ctor_ThrowsArgumentException_WhenFolderIsMissing(string? folder)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new LuceneSearchIndex(folder!));
        Assert.Equal("indexFolder", error.ParamName);
    }

    [Fact]
    public async Task IndexAsync_CommitsBeforeReturning_SoAnotherReaderSeesTheDocuments()
    {
        using var index = new LuceneSearchIndex(_folder);
        await index.IndexAsync([Doc(1, "văn bản một"), Doc(2, "văn bản hai")], CancellationToken.None);

        // What a process killed now would find on disk: the last commit.
        using var directory = FSDirectory.Open(index.LiveFolder);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.NumDocs);
    }

    [Fact]
    public async Task Ctor_ThrowsSearchUnavailable_WhenAnotherWriterHoldsTheIndex()
    {
        using var first = new LuceneSearchIndex(_folder);
        await first.IndexAsync([Doc(1, "văn bản")], CancellationToken.None);

        var error = Assert.Throws<SearchUnavailableException>(() => new LuceneSearchIndex(_folder));

        Assert.Contains(first.LiveFolder, error.Message);
        Assert.Equal(1, (await Search(first, "văn bản")).Total);
    }

    [Fact]
    public async Task Ctor_ReopensTheLiveIndex_AfterAReindex()
    {
        string oldFolder;
        using (var index = new LuceneSearchIndex(_folder))
        {
            await index.IndexAsync([Doc(1, "chỉ mục cũ")], CancellationToken.None);
            oldFolder = index.LiveFolder;
            await index.ReindexAsync(Catalog(Doc(2, "chỉ mục mới")), null, CancellationToken.None);
            Assert.NotEqual(oldFolder, index.LiveFolder);
        }
        Assert.False(System.IO.Directory.Exists(oldFolder));

        using var reopened = new LuceneSearchIndex(_folder);
        Assert.Equal(Path.GetFileName(reopened.LiveFolder), File.ReadAllText(Path.Combine(_folder, "live")).Trim());
        Assert.Equal(1, (await Search(reopened, "mới")).Total);
        Assert.Equal(0, (await Search(reopened, "cũ")).Total);
    }

    [Fact]
    public async Task Ctor_RemovesTheFolderOfAnUnfinishedReindex()
    {
        using (var index = new LuceneSearchIndex(_folder))
        {
            await index.IndexAsync([Doc(1, "văn bản")], CancellationToken.None);
        }
        string leftover = Path.Combine(_folder, "index-20990101000000000");
        System.IO.Directory.CreateDirectory(leftover);

        using var reopened = new LuceneSearchIndex(_folder);

        Assert.False(System.IO.Directory.Exists(leftover));
        Assert.Equal(1, (await Search(reopened, "văn bản")).Total);
    }

    [Fact]
    public async Task ReindexAsync_KeepsWritesAndDeletesMadeWhileItRuns()
    {
        using var index = new LuceneSearchIndex(_folder);
        await index.IndexAsync([Doc(1, "văn bản cũ", dossier: 7)], CancellationToken.None);
        var halfway = new TaskCompletionSource();
        var proceed = new TaskCompletionSource();
        async IAsyncEnumerable<SearchDocument> Slow()
        {
            yield return Doc(1, "văn bản cũ", dossier: 7);
            yield return Doc(2, "văn bản từ danh mục");
            halfway.SetResult();
            await proceed.Task;
        }
        var reindex = Task.Run(() => index.ReindexAsync(Slow(), null, CancellationToken.None));
        await halfway.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await index.IndexAsync([Doc(3, "văn bản trong lúc dựng lại")], CancellationToken.None);
        await index.DeleteDossierAsync(Dossier(7), CancellationToken.None);
        proceed.SetResult();
        await reindex.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, (await Search(index, "danh mục")).Total);
        Assert.Equal(1, (await Search(index, "dựng lại")).Total);
        Assert.Equal(0, (await Search(index, "cũ")).Total);
    }

    [Fact]
    public async Task ReindexAsync_LeavesTheLiveIndex_WhenCancelled()
    {
        using var index = new LuceneSearchIndex(_folder);
        await index.IndexAsync([Doc(1, "văn bản")], CancellationToken.None);
        string live = index.LiveFolder;
        using var cancel = new CancellationTokenSource();
        async IAsyncEnumerable<SearchDocument> Cancelling()
        {
            yield return Doc(2, "văn bản khác");
            await cancel.CancelAsync();
            yield return Doc(3, "văn bản nữa");
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.ReindexAsync(Cancelling(), null, cancel.Token));

        Assert.Equal(live, index.LiveFolder);
        Assert.Equal(1, (await Search(index, "văn bản")).Total);
        Assert.Single(System.IO.Directory.GetDirectories(_folder));
    }

    [Fact]
    public async Task SearchAsync_RunsAlongsideWrites()
    {
        using var index = new LuceneSearchIndex(_folder);
        await index.IndexAsync([Doc(1, "văn bản đầu")], CancellationToken.None);

        var writes = Task.Run(async () =>
        {
            for (int i = 2; i <= 40; i++)
            {
                await index.IndexAsync([Doc(i, $"văn bản số {i}")], CancellationToken.None);
            }
        });
        var searches = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            long last = 0;
            while (!writes.IsCompleted)
            {
                long total = (await Search(index, "van ban")).Total;
                Assert.True(total >= last);
                last = total;
            }
        })).ToArray();
        await Task.WhenAll([writes, .. searches]);

        Assert.Equal(40, (await Search(index, "van ban")).Total);
    }

    private static DossierId Dossier(int n) => new(n.ToString("x16", System.Globalization.CultureInfo.InvariantCulture));

    private static SearchDocument Doc(int ordinal, string text, int dossier = 1) =>
        new(new DocumentId(Dossier(dossier), ordinal), "HS", text, new Dictionary<string, string>(), null, Confidentiality.Public, 1);

    private static async IAsyncEnumerable<SearchDocument> Catalog(params SearchDocument[] documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    private static Task<SearchResult> Search(ISearchIndex index, string text) =>
        index.SearchAsync(new SearchQuery(text, Confidentiality.Public), CancellationToken.None);
}
