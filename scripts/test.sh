#!/usr/bin/env bash
# Sets up everything (as scripts/setup.sh, plus what only the tests and benchmarks use) and runs every test
# against the real components: Tesseract with the Vietnamese model, Leptonica, poppler, qpdf.
# Ends with the plain line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

DIGITIZE_SETUP_TEST=1 bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

# A local PostgreSQL for the catalog and job tests; exports DIGITIZE_TEST_POSTGRES (a random password, never a default).
source <(bash scripts/postgres.sh) || { echo "postgres setup failed"; echo "0 passed, 1 failed"; exit 1; }

results=TestResults
rm -rf "$results"
dotnet test Digitize.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a crash or build error counts as a failure
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
