#!/usr/bin/env bash
# The portal's search page at scale, in one run:
#   1. a catalog (SQLite) of DOCUMENTS generated documents (the search benchmark's generator and seed), and the Lucene
#      index built from it as `digitize reindex` does;
#   2. the portal's host (as `digitize serve` composes it) over that data folder, on a loopback port;
#   3. the search page (GET /?q=…: 20 hits with facets, snippets and an audit entry) for the search benchmark's query
#      set (accented and unaccented words, names, phrases, numbers, filters, deep pages; clearances from public to
#      TỐI MẬT, each with a client key of that clearance), one request at a time after a warm-up: median and
#      95th-percentile server time (the whole ASP.NET Core pipeline) and the client's round trip, in ms.
#   tests/benchmarks/portal.sh [DOCUMENTS] [REQUESTS]   (defaults: 100000 1000)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
project="$root/tests/benchmarks/PortalBenchmark"
dotnet build "$project" -c Release -nologo -v q -clp:ErrorsOnly >"$root/.benchmark-build.log" 2>&1 || { cat "$root/.benchmark-build.log"; exit 1; }
rm -f "$root/.benchmark-build.log"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(dotnet --version)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (figures grow when other processes use the cores)"
cd "$project/bin/Release/net10.0"   # the portal serves wwwroot/ and reads appsettings.json from next to the program
dotnet PortalBenchmark.dll "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
