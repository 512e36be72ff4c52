#!/usr/bin/env bash
# What signing costs, in one run:
#   1. the pipeline over the samples with signing off and on (alternately, ROUNDS times each, default 3): pages per
#      minute from the median run;
#   2. the sign step alone on the documents of the first run: documents per second with a PKCS#12 key and a SoftHSM2
#      token, and what that step costs next to the pipeline's time (the pipeline difference alone is within its noise).
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

# The pipeline, the whole ingest job, alternately off and on; "off" keeps the unsigned searchable PDFs for step 2.
rounds=${ROUNDS:-3}
declare -A seconds
for round in $(seq 1 "$rounds"); do
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
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
runs() { for r in $(seq 1 "$rounds"); do printf ' %6.1f' "${seconds[$1-$r]}"; done; }
off=$(median $(for r in $(seq 1 "$rounds"); do echo "${seconds[off-$r]}"; done))
on=$(median $(for r in $(seq 1 "$rounds"); do echo "${seconds[on-$r]}"; done))
documents=$(find "$work/data-off-1" -name '*.searchable.pdf' | wc -l)
echo "pipeline: digitize ingest samples/dossiers --wait, $pages pages, $documents documents, $rounds runs each (seconds), median"
printf '%-12s %s %9s %10s\n' "signing off" "$(runs off)" "$(printf '%.1f' "$off")" "$(printf '%.1f pages/min' "$(echo "$pages * 60 / $off" | bc -l)")"
printf '%-12s %s %9s %10s\n' "signing on" "$(runs on)" "$(printf '%.1f' "$on")" "$(printf '%.1f pages/min' "$(echo "$pages * 60 / $on" | bc -l)")"
printf 'difference of the medians: %.1f %% of the signing-on time (run-to-run noise is of the same size)\n' \
  "$(echo "($on - $off) * 100 / $on" | bc -l)"

# The sign step alone: archival PDF/A, stamp placement, signature, CMS, on the documents the first "off" run made.
echo
sign=$(dotnet "$root/tests/benchmarks/SigningBenchmark/bin/Release/net10.0/SigningBenchmark.dll" "$work/data-off-1" 3)
echo "$sign"
for key in PKCS#12 PKCS#11; do
  ms=$(awk -v k="$key" 'index($0, k) == 1 {print $NF}' <<<"$sign")
  printf 'sign step with %s: %d documents x %s ms = %.2f s, %.1f %% of the signing-off pipeline time\n' "$key" "$documents" "$ms" \
    "$(echo "$documents * $ms / 1000" | bc -l)" "$(echo "$documents * $ms / 10 / $off" | bc -l)"
done
