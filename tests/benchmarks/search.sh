#!/usr/bin/env bash
# The embedded search index (Lucene.NET) on generated documents, in one run:
#   1. indexing: documents per second, in batches of 1,000 each committed (as the pipeline indexes);
#   2. a mixed query set (accent-less and accented words, names, phrases, numbers and CCCDs, filters, facets, paging),
#      one query at a time after a warm-up: median and 95th-percentile latency in ms;
#   3. reindex of the first REINDEX_DOCUMENTS into a new folder, swapped in.
#   tests/benchmarks/search.sh [DOCUMENTS] [QUERIES] [REINDEX_DOCUMENTS]   (defaults: 100000 1000 50000)
# The documents are made from a fixed seed: the same run gives the same documents and queries.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
project="$root/tests/benchmarks/SearchBenchmark"
dotnet build "$project" -c Release -nologo -v q -clp:ErrorsOnly >"$root/.benchmark-build.log" 2>&1 || { cat "$root/.benchmark-build.log"; exit 1; }
rm -f "$root/.benchmark-build.log"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(dotnet --version)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (figures drop when other processes use the cores)"
dotnet "$project/bin/Release/net10.0/SearchBenchmark.dll" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
