#!/usr/bin/env bash
# Throughput and accuracy of Digitize's OCR core next to OCRmyPDF, on the same sample pages, in one run.
#   tests/benchmarks/throughput.sh [SAMPLES]      (default: samples/; run scripts/test.sh or setup first)
# Prints pages per minute for both, the ratio, and the CER of both against the ground truth.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
samples=$(cd "${1:-$root/samples}" && pwd)
digitize=(dotnet "$root/src/Digitize.Cli/bin/Release/net10.0/digitize.dll")
command -v ocrmypdf >/dev/null || { echo "ocrmypdf is not installed (DIGITIZE_SETUP_TEST=1 scripts/setup.sh)"; exit 1; }
dotnet build "$root/Digitize.sln" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out"

# OCRmyPDF takes one PDF per dossier: the same files, wrapped without re-encoding by img2pdf (not timed).
pages=0
for dossier in "$samples"/dossiers/*/; do
  label=$(basename "$dossier"); parts=()
  for f in "$dossier"*; do
    case "$f" in
      # OCRmyPDF refuses encrypted input, even with only an owner password: it gets a decrypted copy (not timed).
      *.pdf) qpdf --decrypt "$f" "$work/in/$label-plain.pdf"; parts+=("$work/in/$label-plain.pdf") ;;
      *) img2pdf "$f" -o "$work/in/$label-$(basename "$f").pdf"; parts+=("$work/in/$label-$(basename "$f").pdf") ;;
    esac
  done
  if [ ${#parts[@]} -eq 1 ]; then cp "${parts[0]}" "$work/in/$label.pdf"; else pdfunite "${parts[@]}" "$work/in/$label.pdf"; fi
  pages=$((pages + $(pdfinfo "$work/in/$label.pdf" | awk '/^Pages:/ {print $2}')))
done

now() { date +%s.%N; }

# Digitize: the whole ingest job (archive originals, orientation, deskew, OCR, searchable PDFs, records).
t0=$(now)
"${digitize[@]}" ingest "$samples/dossiers" --wait --data "$work/data" >/dev/null 2>&1
t1=$(now)
digitize_s=$(echo "$t1 - $t0" | bc -l)

# OCRmyPDF as the issue names it, dossier after dossier; --force-ocr because some scans carry an earlier OCR layer
# (OCRmyPDF aborts on them otherwise, and its --redo-ocr cannot be combined with --deskew).
t0=$(now)
for dossier in "$samples"/dossiers/*/; do
  label=$(basename "$dossier")
  ocrmypdf -q -l vie --deskew --rotate-pages --force-ocr --jobs 2 "$work/in/$label.pdf" "$work/out/$label.pdf"
done
t1=$(now)
ocrmypdf_s=$(echo "$t1 - $t0" | bc -l)

printf "timed: digitize %.1f s, ocrmypdf %.1f s for %d pages; scoring...\n" "$digitize_s" "$ocrmypdf_s" "$pages"
ours_json=$("${digitize[@]}" eval "$samples" --json)
ours_cer=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["overall"]["cer"])' <<<"$ours_json")
core_ppm=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["overall"]["pagesPerMinute"])' <<<"$ours_json")
theirs_cer=$("${digitize[@]}" eval "$samples" --against-pdfs "$work/out" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["overall"]["cer"])')

ours_ppm=$(echo "$pages * 60 / $digitize_s" | bc -l)
theirs_ppm=$(echo "$pages * 60 / $ocrmypdf_s" | bc -l)
printf '%-10s %6s %10s %12s %9s\n' tool pages seconds pages/min CER%
printf '%-10s %6d %10.1f %12.1f %9.3f\n' digitize "$pages" "$digitize_s" "$ours_ppm" "$(echo "$ours_cer * 100" | bc -l)"
printf '%-10s %6d %10.1f %12.1f %9.3f\n' ocrmypdf "$pages" "$ocrmypdf_s" "$theirs_ppm" "$(echo "$theirs_cer * 100" | bc -l)"
printf 'digitize eval (the same pipeline, in a fresh embedded data folder): %.1f pages/min\n' "$core_ppm"
printf 'ratio: digitize is %.2fx ocrmypdf in pages per minute (%d cores)\n' "$(echo "$ours_ppm / $theirs_ppm" | bc -l)" "$(nproc)"
