#!/usr/bin/env bash
# OCR and field accuracy of the development samples and of a held-out set side by side.
#   bash scripts/eval.sh [--json] [other eval options]      (after scripts/setup.sh)
# The held-out set is generated here, into a temporary folder, with another seed and other texts, agencies and people
# (samples/generator/generate.py --set heldout); it is never committed and no rule is chosen on it.
# DIGITIZE_HELDOUT_SEED picks another held-out draw (default 2).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
/usr/bin/python3 "$root/samples/generator/generate.py" --set heldout --seed "${DIGITIZE_HELDOUT_SEED:-2}" --out "$work/heldout" >&2
"$root/digitize" eval "$root/samples" "$work/heldout" "$@"
