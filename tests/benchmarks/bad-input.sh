#!/usr/bin/env bash
# Peak resident memory and time of `digitize ingest --wait` for each bad input alone (tests/bad-inputs/generate.py),
# measured with /usr/bin/time -v (Debian package `time`, installed by scripts/test.sh).
#   tests/benchmarks/bad-input.sh [--bomb-mib N]   (default: the content stream inflates to 4096 MiB, as in issue 13)
# Prints one line per input and the largest figure. As root, the program runs as "nobody" (root reads unreadable files).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bomb_mib=4096
[ "${1:-}" = --bomb-mib ] && bomb_mib=$2
dotnet build "$root/Digitize.sln" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"   # as the ./digitize wrapper
as_user=(); [ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
work=$(mktemp -d); chmod 755 "$work"
trap 'chmod -R u+rwX "$work"; rm -rf "$work"' EXIT

cases=$(python3 "$root/tests/bad-inputs/generate.py" --list | grep -v '^good-')
peak=0; peak_case=""
printf '%-28s %10s %8s %5s\n' input "peak MiB" seconds exit
for name in $cases /dev/zero; do
  run="$work/run"; rm -rf "$run"; mkdir -p "$run/in" "$run/data" "$run/tmp"; chmod -R 777 "$run"
  if [ "$name" = /dev/zero ]; then target=/dev/zero
  else python3 "$root/tests/bad-inputs/generate.py" "$run/in" --only "$name" --bomb-mib "$bomb_mib"; target="$run/in"; fi
  report="$run/time.txt"
  set +e
  HOME="$run/data" DOTNET_CLI_HOME="$run/data" TMPDIR="$run/tmp" DIGITIZE__DataPath="$run/data" \
    DIGITIZE__Ocr__TessdataPath="$root/tessdata" \
    "${as_user[@]}" /usr/bin/time -v -o "$report" timeout 600 \
    dotnet "$root/src/Digitize.Cli/bin/Release/net10.0/digitize.dll" ingest "$target" --wait >/dev/null 2>&1
  code=$?
  set -e
  kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$report")
  printf '%-28s %10d %8s %5d\n' "$name" $((kib / 1024)) "$secs" "$code"
  if [ "$kib" -gt "$peak" ]; then peak=$kib; peak_case=$name; fi
done
printf 'largest peak resident memory: %d MiB (%s); limit 1536 MiB\n' $((peak / 1024)) "$peak_case"
