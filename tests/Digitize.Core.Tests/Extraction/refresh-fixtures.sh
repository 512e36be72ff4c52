#!/usr/bin/env bash
# Takes the page JSONs the extraction tests read (Fixtures/LABEL/NNNNNN.json) from a real OCR run of sample dossiers.
#   bash tests/Digitize.Core.Tests/Extraction/refresh-fixtures.sh [LABEL…]     (default: every sample dossier)
# Run it after a change to OCR or preprocessing, and look at the diff: the tests then check extraction on what the
# pipeline reads today.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
fixtures="$root/tests/Digitize.Core.Tests/Extraction/Fixtures"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
labels=("$@"); [ ${#labels[@]} -gt 0 ] || mapfile -t labels < <(ls "$root/samples/dossiers")
for label in "${labels[@]}"; do cp -r "$root/samples/dossiers/$label" "$work/in/"; done
"$root/digitize" ingest "$work/in" --wait --data "$work/data" >/dev/null
/usr/bin/python3 - "$work/data" "$fixtures" <<'PY'
import json, os, sqlite3, sys
data, out = sys.argv[1], sys.argv[2]
catalog = sqlite3.connect(os.path.join(data, "catalog.db"))
for dossier, label in catalog.execute("select id, label from dossiers"):
    folder = os.path.join(out, label)
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    for page, result in catalog.execute("select page, result_json from pages where dossier_id = ?", (dossier,)):
        if not result:
            continue
        r = json.loads(result)["result"]
        words = [{"text": w["text"], "box": [w["box"]["left"], w["box"]["top"], w["box"]["right"], w["box"]["bottom"]],
                  "confidence": w["confidence"], "block": w["block"], "line": w["line"]} for w in r["words"]]
        page_json = {"page": {"number": r["page"]["number"], "pageInFile": r["page"]["pageInFile"]}, "text": r["text"],
                     "meanConfidence": r["meanConfidence"], "dpi": r["dpi"], "width": r["width"], "height": r["height"], "words": words}
        with open(os.path.join(folder, f"{page:06d}.json"), "w", encoding="utf-8") as f:
            json.dump(page_json, f, ensure_ascii=False, separators=(",", ":"))
PY
echo "page JSONs of ${#labels[@]} dossiers written to $fixtures"
