#!/usr/bin/env bash
# Installs everything Digitize needs on Debian 12 with the .NET SDK, then builds.
# Idempotent: packages already present are not reinstalled, models already in tessdata/ are kept.
# Reaches only the package registries (Debian, npm, NuGet).
set -euo pipefail
cd "$(dirname "$0")/.."

# Runtime: Tesseract + Leptonica (bound by our own interop), the Vietnamese and OSD models,
# poppler (pdftoppm/pdfunite/pdftotext), qpdf (decrypts owner-password PDFs), Liberation fonts (the
# signature stamp is Liberation Serif), the sRGB profile of the PDF/A output intent (icc-profiles-free), Python imaging
# for the sample generator (which also writes hand-writing in Dancing Script and encrypts its owner-password PDFs with
# python3-cryptography; the held-out set is generated at test time).
packages=(libtesseract5 liblept5 tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd poppler-utils
          fonts-liberation2 python3 python3-pil python3-numpy ca-certificates qpdf icc-profiles-free
          fonts-dancingscript python3-cryptography)
if [ "${DIGITIZE_SETUP_TEST:-0}" = 1 ]; then
  # The throughput benchmark compares with OCRmyPDF; tests make password-protected PDFs with qpdf.
  packages+=(ocrmypdf img2pdf bc)
  # Signing tests put a key on a SoftHSM2 software token to exercise the PKCS#11 path (libsofthsm2.so).
  packages+=(softhsm2)
  # Browser tests of the web portal drive Debian's Chromium with Playwright (no browser download).
  packages+=(chromium)
  # The bad-input tests and benchmark measure peak resident memory with /usr/bin/time.
  packages+=(time)
fi

# npm fetches the tessdata_best_int model from the npm registry; Debian's npm if the machine has none.
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "setup: installing Debian packages: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Models: tessdata_fast from Debian, tessdata_best_int from the npm package @tesseract.js-data/vie.
debian_tessdata=/usr/share/tesseract-ocr/5/tessdata
for f in osd.traineddata pdf.ttf; do
  [ -s "tessdata/$f" ] || cp "$debian_tessdata/$f" "tessdata/$f"
done
[ -s tessdata/vie.traineddata ] || cp "$debian_tessdata/vie.traineddata" tessdata/vie.traineddata
if [ ! -s tessdata/vie_best.traineddata ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent @tesseract.js-data/vie@1.0.0 >/dev/null 2>&1 && tar xzf tesseract.js-data-vie-1.0.0.tgz)
  gunzip -c "$tmp/package/4.0.0_best_int/vie.traineddata.gz" > tessdata/vie_best.traineddata.part
  mv tessdata/vie_best.traineddata.part tessdata/vie_best.traineddata
  rm -rf "$tmp"
fi
# The dictionary's two-syllable words that tell a tone OCR misread ("kiếm tra" is no word, "kiểm tra" is): the 22,000
# word list of the npm package @vntk/dictionary (MIT), checked against the registry's published digest.
if [ ! -s tessdata/vie-words.txt ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent @vntk/dictionary@1.0.0 >/dev/null 2>&1)
  echo "59fd0e6abcbaab55abe3a3e64ed92e89be2fab75  $tmp/vntk-dictionary-1.0.0.tgz" | sha1sum --check --quiet
  tar xzf "$tmp/vntk-dictionary-1.0.0.tgz" -C "$tmp" package/data/Viet22K.txt
  mv "$tmp/package/data/Viet22K.txt" tessdata/vie-words.txt
  rm -rf "$tmp"
fi

# The syllables Vietnamese is written with, so that a marked word none of them is ("tuôi", "Hượng") is known for a misread
# (`UnknownSyllables`): every syllable of the same package's 74,000-word list and of the Vietnamese model's own word list.
if [ ! -s tessdata/vie-syllables.txt ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent @vntk/dictionary@1.0.0 >/dev/null 2>&1)
  echo "59fd0e6abcbaab55abe3a3e64ed92e89be2fab75  $tmp/vntk-dictionary-1.0.0.tgz" | sha1sum --check --quiet
  tar xzf "$tmp/vntk-dictionary-1.0.0.tgz" -C "$tmp" package/data/Viet74K.txt
  combine_tessdata -e tessdata/vie.traineddata "$tmp/vie.lstm-unicharset" "$tmp/vie.lstm-word-dawg" >/dev/null 2>&1
  dawg2wordlist "$tmp/vie.lstm-unicharset" "$tmp/vie.lstm-word-dawg" "$tmp/model-words.txt" >/dev/null 2>&1
  cat "$tmp/package/data/Viet74K.txt" "$tmp/model-words.txt" | tr -s ' \t\r' '\n\n\n' | grep -v '^$' | LC_ALL=C sort -u > tessdata/vie-syllables.txt.part
  mv tessdata/vie-syllables.txt.part tessdata/vie-syllables.txt
  rm -rf "$tmp"
fi

dotnet build Digitize.sln -c Release -nologo -v quiet -clp:ErrorsOnly
echo "setup: done (models in tessdata/: $(cd tessdata && ls *.traineddata | tr '\n' ' '))"
