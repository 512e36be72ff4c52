#!/usr/bin/env bash
# Resident memory of one digitize process over many pages (a native leak shows as steady growth).
#   tests/benchmarks/memory.sh [ROUNDS]   (default 20 rounds of the samples: 20 × 26 = 520 pages)
# Prints the resident set size every 15 s and the first and last figures.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-20}
dotnet build "$root/Digitize.sln" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
log=$(mktemp)
# The same allocator setting as the ./digitize wrapper (MALLOC_ARENA_MAX=unset to see glibc's default).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
[ "$MALLOC_ARENA_MAX" = unset ] && unset MALLOC_ARENA_MAX
echo "MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-glibc default}"

dotnet "$root/src/Digitize.Cli/bin/Release/net10.0/digitize.dll" eval "$root/samples" --repeat "$rounds" > "$log" &
pid=$!
samples=()
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  [ -n "$rss" ] && { samples+=("$rss"); printf '%5ds  RSS %6d MiB\n' $(( ${#samples[@]} * 15 - 15 )) $((rss / 1024)); }
  sleep 15
done
wait "$pid" || true
tail -n 1 "$log"
n=${#samples[@]}
if [ "$n" -ge 4 ]; then
  printf 'RSS after the first minute: %d MiB; at the end: %d MiB; peak: %d MiB\n' \
    $((samples[4 < n ? 4 : n-1] / 1024)) $((samples[n-1] / 1024)) $(( $(printf '%s\n' "${samples[@]}" | sort -n | tail -1) / 1024 ))
fi
rm -f "$log"
