using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Search;

namespace Digitize.Search.Tests.Conformance;

/// <summary>
/// What every <see cref="ISearchIndex"/> backend does, run unchanged against each: a subclass only says how to make a
/// fresh, empty index. Indexes that are <see cref="IDisposable"/> or <see cref="IAsyncDisposable"/> are disposed after
/// each test.
/// </summary>
public abstract class SearchIndexConformance : IAsyncLifetime
{
    private readonly List<ISearchIndex> _created = [];

    /// <summary>A fresh, empty index that no other test uses.</summary>
    protected abstract Task<ISearchIndex> CreateIndexAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var index in _created)
        {
            switch (index)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    // ---- finding -------------------------------------------------------------------------------------------------

    [ConformanceFact]
    public async Task Search_FindsIndexedDocument()
    {
        var index = await NewIndexAsync(Document(1, 1, "Quyết định về việc cấp giấy chứng nhận quyền sử dụng đất"));

        var result = await SearchAsync(index, "giấy chứng nhận");

        Assert.Equal(1, result.Total);
        var hit = Assert.Single(result.Hits);
        Assert.Equal(Id(1, 1), hit.DocumentId);
        Assert.Equal("HS-1", hit.Label);
        Assert.Equal("Quyết định", hit.Fields[FieldNames.DocumentType]);
    }

    [ConformanceFact]
    public async Task Search_FindsAccentedText_WhenQueryHasNoAccents()
    {
        var index = await NewIndexAsync(
            Document(1, 1, "Ủy ban nhân dân tỉnh Hà Tĩnh quyết định giao đất"),
            Document(1, 2, "Sở Tài chính Đà Nẵng thông báo"));

        Assert.Equal([Id(1, 1)], Ids(await SearchAsync(index, "ha tinh")));
        Assert.Equal([Id(1, 2)], Ids(await SearchAsync(index, "da nang")));
        Assert.Equal([Id(1, 2)], Ids(await SearchAsync(index, "DA NANG")));
    }

    [ConformanceFact]
    public async Task Search_RanksExactAccentMatchFirst_WhenAnotherDocumentMatchesOnlyFolded()
    {
        var index = await NewIndexAsync(
            Document(1, 1, "Biên bản họp ở Hạ Tình về việc giao đất"),
            Document(1, 2, "Biên bản họp ở Hà Tĩnh về việc giao đất"),
            Document(1, 3, "Biên bản họp ở Hả Tịnh về việc giao đất"));

        var result = await SearchAsync(index, "Hà Tĩnh");

        Assert.Equal(3, result.Total);
        Assert.Equal(Id(1, 2), result.Hits[0].DocumentId);
    }

    [ConformanceFact]
    public async Task Search_RanksWordsStandingTogetherFirst_OverTheSameWordsApart()
    {
        var index = await NewIndexAsync(
            Document(1, 1, "Tỉnh ủy yêu cầu các cơ quan của tỉnh không gây phiền hà cho dân; tỉnh kiểm tra, tỉnh báo cáo"),
            Document(1, 2, "Hộ khẩu thường trú tại xã Thiên Lộc, huyện Can Lộc, tỉnh Hà Tĩnh"));

        var result = await SearchAsync(index, "ha tinh");

        Assert.Equal(2, result.Total);
        Assert.Equal(Id(1, 2), result.Hits[0].DocumentId);
    }

    [ConformanceFact]
    public async Task Search_MatchesQuotedPhrase_OnlyInOrder()
    {
        var index = await NewIndexAsync(
            Document(1, 1, "chuyển mục đích sử dụng đất trồng lúa sang đất ở"),
            Document(1, 2, "lúa trồng trên đất của hộ gia đình"));

        Assert.Equal([Id(1, 1)], Ids(await SearchAsync(index, "\"đất trồng lúa\"")));
        Assert.Equal([Id(1, 1)], Ids(await SearchAsync(index, "\"dat trong lua\"")));
        Assert.Equal(2, (await SearchAsync(index, "đất trồng lúa")).Total);
    }

    [ConformanceFact]
    public async Task Search_FindsDocumentNumberExactly()
    {
        var index = await NewIndexAsync(
            Document(1, 1, "Quyết định số 531/QĐ-UBND về việc giao đất", number: "531/QĐ-UBND"),
            Document(1, 2, "Quyết định số 532/QĐ-UBND về việc giao đất", number: "532/QĐ-UBND"),
            Document(1, 3, "Căn cứ Quyết định số 531 năm trước của UBND", number: "17/TB-UBND"));

        Assert.Equal(Id(1, 1), Assert.Single((await SearchAsync(index, "531/QĐ-UBND")).Hits).DocumentId);
        Assert.Equal(Id(1, 1), Assert.Single((await SearchAsync(index, "531/qd-ubnd")).Hits).DocumentId);
        Assert.Equal(Id(1, 1), (await SearchAsync(index, "quyết định 531/QĐ-UBND")).Hits[0].DocumentId);
    }

    [ConformanceFact]
    public async Task Search_FindsCitizenId()
    {
        var index = await NewIndexAsync(
            Document(1, 1, "Giấy tiếp nhận hồ sơ của ông Lương Thanh Đạt", citizenId: "044084827036"),
            Document(1, 2, "Giấy tiếp nhận hồ sơ của bà Trần Thị Hoa", citizenId: "044084827037"));

        Assert.Equal([Id(1, 1)], Ids(await SearchAsync(index, "044084827036")));
    }

    [ConformanceFact]
    public async Task Search_FindsPeopleBySignerName_WithoutAccents()
    {
        var index = await NewIndexAsync(
            Document(1, 1, "Quyết định giao đất", signer: "Lương Đức Thắng"),
            Document(1, 2, "Quyết định giao đất", signer: "Nguyễn Văn An"));

        Assert.Equal(Id(1, 1), (await SearchAsync(index, "luong duc thang")).Hits[0].DocumentId);
    }

    // ---- filters and facets --------------------------------------------------------------------------------------

    [ConformanceFact]
    public async Task Search_AppliesTypeOrganDateAndDossierFilters()
    {
        var index = await NewIndexAsync(
            Document(1, 1, "đất đai huyện", type: "Quyết định", organ: "UBND huyện A", issued: new DateOnly(2023, 1, 10)),
            Document(1, 2, "đất đai huyện", type: "Công văn", organ: "UBND huyện A", issued: new DateOnly(2023, 6, 10)),
            Document(2, 1, "đất đai huyện", type: "Quyết định", organ: "UBND huyện B", issued: new DateOnly(2024, 2, 1)),
            Document(2, 2, "đất đai huyện", type: "Tờ trình", organ: "UBND huyện B"));

        Assert.Equal([Id(1, 1), Id(2, 1)], Sorted(await SearchAsync(index, "đất", type: "Quyết định")));
        Assert.Equal([Id(2, 1), Id(2, 2)], Sorted(await SearchAsync(index, "đất", organ: "UBND huyện B")));
        Assert.Equal([Id(1, 2), Id(2, 1)], Sorted(await SearchAsync(index, "đất", from: new DateOnly(2023, 6, 10), to: new DateOnly(2024, 2, 1))));
        Assert.Equal([Id(1, 2)], Ids(await SearchAsync(index, "đất", from: new DateOnly(2023, 3, 1), to: new DateOnly(2023, 12, 31))));
        Assert.Equal([Id(2, 1)], Ids(await SearchAsync(index, "đất", from: new DateOnly(2024, 1, 1))));
        Assert.Equal([Id(2, 1), Id(2, 2)], Sorted(await SearchAsync(index, "đất", dossier: Dossier(2))));
        Assert.Equal([Id(2, 1)], Ids(await SearchAsync(index, "đất", type: "Quyết định", organ: "UBND huyện B")));
        // Filters alone are a search too.
        Assert.Equal(2, (await SearchAsync(index, null, type: "Quyết định")).Total);
    }

    [ConformanceFact]
    public async Task Search_CountsFacetsOverAllHits_NotOnePage()
    {
        var documents = Enumerable.Range(1, 30).Select(i => Document(1, i, $"Hồ sơ đất đai số {i}",
            type: (i % 3) switch { 0 => "Quyết định", 1 => "Công văn", _ => "Tờ trình" },
            organ: i <= 20 ? "UBND huyện Quảng Ninh" : "Sở Tài nguyên và Môi trường",
            issued: new DateOnly(2021 + i % 4, 3, 1))).ToArray();
        var index = await NewIndexAsync(documents);

        var result = await SearchAsync(index, "dat dai", pageSize: 5);

        Assert.Equal(30, result.Total);
        Assert.Equal(5, result.Hits.Count);
        Assert.Equal(new Dictionary<string, long> { ["Quyết định"] = 10, ["Công văn"] = 10, ["Tờ trình"] = 10 },
            Facet(result, SearchResult.TypeFacet));
        Assert.Equal(new Dictionary<string, long> { ["UBND huyện Quảng Ninh"] = 20, ["Sở Tài nguyên và Môi trường"] = 10 },
            Facet(result, SearchResult.OrganFacet));
        Assert.Equal(new Dictionary<string, long> { ["2021"] = 7, ["2022"] = 8, ["2023"] = 8, ["2024"] = 7 },
            Facet(result, SearchResult.YearFacet));
        Assert.Equal("UBND huyện Quảng Ninh", result.Facets[SearchResult.OrganFacet][0].Value);

        var filtered = await SearchAsync(index, "dat dai", type: "Công văn");
        Assert.Equal(new Dictionary<string, long> { ["Công văn"] = 10 }, Facet(filtered, SearchResult.TypeFacet));
    }

    // ---- clearance -----------------------------------------------------------------------------------------------

    [ConformanceFact]
    public async Task Search_HidesDocumentAboveClearance_FromHitsTotalsAndFacets()
    {
        var index = await NewIndexAsync(
            Document(1, 1, "Báo cáo tình hình an ninh huyện", type: "Báo cáo", organ: "Công an huyện"),
            Document(1, 2, "Báo cáo tình hình an ninh huyện", type: "Báo cáo mật", organ: "Ban chỉ huy quân sự",
                issued: new DateOnly(2019, 5, 5), confidentiality: Confidentiality.Mat),
            Document(1, 3, "Báo cáo tình hình an ninh huyện", type: "Báo cáo mật", organ: "Ban chỉ huy quân sự",
                confidentiality: Confidentiality.TuyetMat));

        var forPublic = await SearchAsync(index, "bao cao an ninh", clearance: Confidentiality.Public);
        Assert.Equal([Id(1, 1)], Ids(forPublic));
        Assert.Equal(1, forPublic.Total);
        Assert.DoesNotContain(forPublic.Facets[SearchResult.TypeFacet], f => f.Value == "Báo cáo mật");
        Assert.DoesNotContain(forPublic.Facets[SearchResult.OrganFacet], f => f.Value == "Ban chỉ huy quân sự");
        Assert.DoesNotContain(forPublic.Facets[SearchResult.YearFacet], f => f.Value == "2019");
        Assert.Equal(0, (await SearchAsync(index, null, type: "Báo cáo mật")).Total);
        Assert.Equal(1, (await SearchAsync(index, null, dossier: Dossier(1))).Total);

        var forMat = await SearchAsync(index, "bao cao an ninh", clearance: Confidentiality.Mat);
        Assert.Equal([Id(1, 1), Id(1, 2)], Sorted(forMat));
        Assert.Equal(2, forMat.Total);
        Assert.Equal(new Dictionary<string, long> { ["Báo cáo"] = 1, ["Báo cáo mật"] = 1 }, Facet(forMat, SearchResult.TypeFacet));
        Assert.Equal(new Dictionary<string, long> { ["2019"] = 1 }, Facet(forMat, SearchResult.YearFacet));

        Assert.Equal(3, (await SearchAsync(index, "bao cao an ninh", clearance: Confidentiality.TuyetMat)).Total);
    }

    // ---- paging --------------------------------------------------------------------------------------------------

    [ConformanceFact]
    public async Task Search_PagesAreStableAndDisjoint()
    {
        var index = await NewIndexAsync(Enumerable.Range(1, 25)
            .Select(i => Document(1, i, $"Thông báo kết quả giải quyết hồ sơ {string.Concat(Enumerable.Repeat("đất ", i % 4 + 1))}")).ToArray());

        var pages = new List<DocumentId>();
        for (int page = 1; page <= 3; page++)
        {
            var result = await SearchAsync(index, "dat", page: page, pageSize: 10);
            Assert.Equal(25, result.Total);
            Assert.Equal(page < 3 ? 10 : 5, result.Hits.Count);
            Assert.Equal(Ids(result), Ids(await SearchAsync(index, "dat", page: page, pageSize: 10)));
            pages.AddRange(Ids(result));
        }
        Assert.Equal(25, pages.Distinct().Count());
        Assert.Empty((await SearchAsync(index, "dat", page: 4, pageSize: 10)).Hits);
        Assert.Equal(25, (await SearchAsync(index, "dat", page: 1000, pageSize: 100)).Total);
    }

    // ---- writes --------------------------------------------------------------------------------------------------

    [ConformanceFact]
    public async Task Index_ReplacesDocument_WhenIndexedAgain()
    {
        var index = await NewIndexAsync(Document(1, 1, "bản cũ của văn bản", version: 1));
        await index.IndexAsync([Document(1, 1, "bản mới của văn bản", version: 2)], CancellationToken.None);
        await index.IndexAsync([Document(1, 1, "bản mới của văn bản", version: 2)], CancellationToken.None);

        Assert.Equal(1, (await SearchAsync(index, "văn bản")).Total);
        Assert.Equal(0, (await SearchAsync(index, "cũ")).Total);
        Assert.Equal(1, (await SearchAsync(index, "mới")).Total);
    }

    [ConformanceFact]
    public async Task Index_NeverReplacesNewerVersion_WithOlder()
    {
        var index = await NewIndexAsync(Document(1, 1, "bản mới của văn bản", version: 5));
        await index.IndexAsync([Document(1, 1, "bản cũ của văn bản", version: 4)], CancellationToken.None);
        // In one batch too, whatever the order.
        await index.IndexAsync([Document(2, 1, "lần ba", version: 3), Document(2, 1, "lần hai", version: 2)], CancellationToken.None);

        Assert.Equal(1, (await SearchAsync(index, "mới")).Total);
        Assert.Equal(0, (await SearchAsync(index, "cũ")).Total);
        Assert.Equal(1, (await SearchAsync(index, "ba")).Total);
        Assert.Equal(0, (await SearchAsync(index, "hai")).Total);
    }

    [ConformanceFact]
    public async Task DeleteDossier_RemovesEveryDocumentOfTheDossier_AndNoOther()
    {
        var index = await NewIndexAsync(
            Document(1, 1, "hồ sơ đất đai"), Document(1, 2, "hồ sơ đất đai"), Document(2, 1, "hồ sơ đất đai"));

        await index.DeleteDossierAsync(Dossier(1), CancellationToken.None);

        Assert.Equal([Id(2, 1)], Ids(await SearchAsync(index, "đất")));
        await index.DeleteDossierAsync(Dossier(9), CancellationToken.None);
        Assert.Equal(1, (await SearchAsync(index, "đất")).Total);
    }

    [ConformanceFact]
    public async Task Reindex_ReplacesTheIndex_WhileSearchesGoOnAgainstTheOldOne()
    {
        var index = await NewIndexAsync(Document(1, 1, "chỉ trong chỉ mục cũ"), Document(1, 2, "văn bản chung"));
        var halfway = new TaskCompletionSource();
        var proceed = new TaskCompletionSource();
        async IAsyncEnumerable<SearchDocument> Catalog()
        {
            yield return Document(1, 2, "văn bản chung");
            yield return Document(2, 1, "chỉ trong chỉ mục mới");
            halfway.SetResult();
            await proceed.Task;
            yield return Document(2, 2, "văn bản chung");
        }
        var reported = new List<long>();
        var reindex = Task.Run(() => index.ReindexAsync(Catalog(), new SynchronousProgress(reported), CancellationToken.None));

        await halfway.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([Id(1, 1)], Ids(await SearchAsync(index, "cũ")));
        Assert.Equal(0, (await SearchAsync(index, "mới")).Total);
        proceed.SetResult();
        long count = await reindex.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, count);
        Assert.Equal(0, (await SearchAsync(index, "cũ")).Total);
        Assert.Equal([Id(2, 1)], Ids(await SearchAsync(index, "mới")));
        Assert.Equal(2, (await SearchAsync(index, "chung")).Total);
        Assert.NotEmpty(reported);
        Assert.Equal(3, reported[^1]);
    }

    // ---- highlights ----------------------------------------------------------------------------------------------

    [ConformanceFact]
    public async Task Search_HighlightsMatchedWords_AndEscapesTheRest()
    {
        var index = await NewIndexAsync(Document(1, 1,
            "Ủy ban nhân dân tỉnh Hà Tĩnh <script>alert('x')</script> & các sở ngành. " + string.Concat(Enumerable.Repeat("Nội dung khác. ", 40))
            + "Cuối văn bản nhắc lại Hà Tĩnh."));

        var hit = Assert.Single((await SearchAsync(index, "ha tinh")).Hits);

        Assert.NotEmpty(hit.Highlights);
        Assert.True(hit.Highlights.Count <= 3);
        Assert.Contains("<mark>Hà</mark> <mark>Tĩnh</mark>", hit.Highlights[0]);
        Assert.Contains("&lt;script&gt;", hit.Highlights[0]);
        Assert.All(hit.Highlights, h => Assert.DoesNotContain("<script>", h));
        Assert.All(hit.Highlights, h => Assert.True(h.Replace("<mark>", "").Replace("</mark>", "").Length < 300, h));
    }

    // ---- bad input -----------------------------------------------------------------------------------------------

    [ConformanceTheory]
    [InlineData("\"đất trồng")]
    [InlineData("(ha tinh")]
    [InlineData("ha tinh]")]
    [InlineData("title:(ha OR tinh)^2 ~ * ? \\")]
    [InlineData("ha* tinh? ~tinh ha~2 +ha -tinh")]
    [InlineData("\"\"\"ha tinh")]
    [InlineData("ha && tinh || !x")]
    [InlineData("{ha TO tinh} [a TO z]")]
    public async Task Search_TreatsSyntaxCharactersAsText(string text)
    {
        var index = await NewIndexAsync(Document(1, 1, "Ủy ban nhân dân tỉnh Hà Tĩnh"), Document(1, 2, "tỉnh Quảng Bình"));

        var result = await SearchAsync(index, text);

        Assert.True(result.Total <= 1);
        Assert.All(result.Hits, h => Assert.Equal(Id(1, 1), h.DocumentId));
    }

    [ConformanceTheory]
    [InlineData("!!!")]
    [InlineData("*:*")]
    [InlineData("* ? ~ ^ \\ / ( ) [ ] { } : \" '")]
    [InlineData("\"\"")]
    [InlineData("-")]
    public async Task Search_FindsNothing_WhenQueryIsOnlyPunctuation(string text)
    {
        var index = await NewIndexAsync(Document(1, 1, "Ủy ban nhân dân tỉnh Hà Tĩnh"));

        var result = await SearchAsync(index, text);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
    }

    [ConformanceFact]
    public async Task Search_WithUnbalancedBrackets_FindsTheWords()
    {
        var index = await NewIndexAsync(Document(1, 1, "Ủy ban nhân dân tỉnh Hà Tĩnh"));

        Assert.Equal([Id(1, 1)], Ids(await SearchAsync(index, "(ha tinh")));
        Assert.Equal([Id(1, 1)], Ids(await SearchAsync(index, "\"ha tinh")));
    }

    [ConformanceFact]
    public void Query_RejectsTooLongTextAndBackwardsDates_WithAMessage()
    {
        var tooLong = Assert.Throws<SearchQueryException>(() => new SearchQuery(new string('a', 10_000), Confidentiality.Public));
        Assert.Contains("10000", tooLong.Message);
        Assert.Throws<SearchQueryException>(() => new SearchQuery("đất", Confidentiality.Public, from: new DateOnly(2024, 1, 2), to: new DateOnly(2024, 1, 1)));
        Assert.Throws<SearchQueryException>(() => new SearchQuery("  ", Confidentiality.Public));
    }

    [ConformanceFact]
    public async Task CheckHealth_ReportsHealthy()
    {
        var index = await NewIndexAsync(Document(1, 1, "văn bản"));

        var health = await index.CheckHealthAsync(CancellationToken.None);

        Assert.True(health.IsHealthy, health.Description);
        Assert.NotEmpty(health.Description);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    protected async Task<ISearchIndex> NewIndexAsync(params SearchDocument[] documents)
    {
        var index = await CreateIndexAsync();
        _created.Add(index);
        if (documents.Length > 0)
        {
            await index.IndexAsync(documents, CancellationToken.None);
        }
        return index;
    }

    protected static DossierId Dossier(int n) => new(n.ToString("x16", System.Globalization.CultureInfo.InvariantCulture));

    protected static DocumentId Id(int dossier, int ordinal) => new(Dossier(dossier), ordinal);

    protected static SearchDocument Document(int dossier, int ordinal, string text, string? type = "Quyết định",
        string? organ = "Ủy ban nhân dân huyện Quảng Ninh", string? number = null, DateOnly? issued = null, string? subject = null,
        string? signer = null, string? citizenId = null, Confidentiality confidentiality = Confidentiality.Public, long version = 1)
    {
        var fields = new Dictionary<string, string>();
        void Set(string name, string? value)
        {
            if (value is not null)
            {
                fields[name] = SearchText.Canonical(value);
            }
        }
        Set(FieldNames.DocumentType, type);
        Set(FieldNames.OrganName, organ);
        if (number is not null)
        {
            int slash = number.IndexOf('/');
            Set(FieldNames.CodeNumber, number[..slash]);
            Set(FieldNames.CodeNotation, number[(slash + 1)..]);
        }
        Set(FieldNames.IssuedDate, issued?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Set(FieldNames.Subject, subject);
        Set(FieldNames.SignerName, signer);
        Set(FieldNames.CitizenId, citizenId);
        Set(FieldNames.Confidentiality, confidentiality switch
        {
            Confidentiality.Mat => "Mật",
            Confidentiality.ToiMat => "Tối mật",
            Confidentiality.TuyetMat => "Tuyệt mật",
            _ => null,
        });
        return new SearchDocument(Id(dossier, ordinal), $"HS-{dossier}", SearchText.Canonical(text), fields, issued, confidentiality, version);
    }

    protected static Task<SearchResult> SearchAsync(ISearchIndex index, string? text, Confidentiality clearance = Confidentiality.Public,
        string? type = null, string? organ = null, DateOnly? from = null, DateOnly? to = null, DossierId? dossier = null,
        int page = 1, int pageSize = 20) =>
        index.SearchAsync(new SearchQuery(text, clearance, type, organ, from, to, dossier, page, pageSize), CancellationToken.None);

    protected static List<DocumentId> Ids(SearchResult result) => result.Hits.Select(h => h.DocumentId).ToList();

    protected static List<DocumentId> Sorted(SearchResult result) => Ids(result).OrderBy(id => id.ToString(), StringComparer.Ordinal).ToList();

    private static Dictionary<string, long> Facet(SearchResult result, string facet) =>
        result.Facets[facet].ToDictionary(f => f.Value, f => f.Count);

    /// <summary>Records progress on the reporting thread (<see cref="Progress{T}"/> would post it later).</summary>
    private sealed class SynchronousProgress(List<long> reported) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (reported)
            {
                reported.Add(value);
            }
        }
    }
}
