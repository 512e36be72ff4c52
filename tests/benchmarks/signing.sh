#!/usr/bin/env bash
# What signing costs, in one run:
#   1. the pipeline over the samples with signing off and on (alternately, twice each): pages per minute;
#   2. the sign step alone on the documents of run 1: documents per second with a PKCS#12 key and a SoftHSM2 token.
#   tests/benchmarks/signing.sh [SAMPLES]      (default: samples/; run scripts/test.sh first: it installs softhsm2)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
samples=$(cd "${1:-$root/samples}" && pwd)
digitize=(dotnet "$root/src/Digitize.Cli/bin/Release/net10.0/digitize.dll")
[ -e /usr/lib/softhsm/libsofthsm2.so ] || { echo "softhsm2 is not installed (DIGITIZE_SETUP_TEST=1 scripts/setup.sh)"; exit 1; }
for project in "$root/Digitize.sln" "$root/tests/benchmarks/SigningBenchmark"; do
  dotnet build "$project" -c Release -nologo -v q -clp:ErrorsOnly >"$root/.benchmark-build.log" 2>&1 || { cat "$root/.benchmark-build.log"; exit 1; }
done
rm -f "$root/.benchmark-build.log"

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export MALLOC_ARENA_MAX=2   # as ./digitize runs it
now() { date +%s.%N; }
# An agency's key exists before its first batch: make the development key once (untimed) and give every "on" run a copy,
# so that no run pays for generating an RSA key.
first=$(find "$samples/dossiers" -mindepth 1 -maxdepth 1 -type d | sort | head -n 1)
mkdir -p "$work/warm-batch" && cp -r "$first" "$work/warm-batch/"
"${digitize[@]}" ingest "$work/warm-batch" --wait --data "$work/warm" >/dev/null 2>&1

# The pipeline, the whole ingest job; "off" keeps the unsigned searchable PDFs for step 2.
declare -A seconds
for round in 1 2; do
  for mode in off on; do
    data="$work/data-$mode-$round"
    enabled=$([ "$mode" = on ] && echo true || echo false)
    mkdir -p "$data" && cp -r "$work/warm/keys" "$data/"
    t0=$(now)
    summary=$(DIGITIZE__Signing__Enabled=$enabled "${digitize[@]}" ingest "$samples/dossiers" --wait --data "$data" 2>/dev/null | tail -n 1)
    t1=$(now)
    pages=$(sed -n 's/.*; \([0-9]*\) pages.*/\1/p' <<<"$summary")
    seconds[$mode-$round]=$(echo "$t1 - $t0" | bc -l)
  done
done
off=$(echo "(${seconds[off-1]} + ${seconds[off-2]}) / 2" | bc -l)
on=$(echo "(${seconds[on-1]} + ${seconds[on-2]}) / 2" | bc -l)
printf '%-14s %6s %10s %10s %12s\n' pipeline pages "run 1 s" "run 2 s" pages/min
printf '%-14s %6d %10.1f %10.1f %12.1f\n' "signing off" "$pages" "${seconds[off-1]}" "${seconds[off-2]}" "$(echo "$pages * 60 / $off" | bc -l)"
printf '%-14s %6d %10.1f %10.1f %12.1f\n' "signing on" "$pages" "${seconds[on-1]}" "${seconds[on-2]}" "$(echo "$pages * 60 / $on" | bc -l)"
printf 'signing share of the pipeline time: %.1f %% (mean of the two runs each)\n' "$(echo "($on - $off) * 100 / $on" | bc -l)"

# The sign step alone: archival PDF/A, stamp placement, signature, CMS, on the documents run 1 made.
echo
dotnet "$root/tests/benchmarks/SigningBenchmark/bin/Release/net10.0/SigningBenchmark.dll" "$work/data-off-1" 3
