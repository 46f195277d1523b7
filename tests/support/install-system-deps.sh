#!/usr/bin/env bash
# Installs what the test suite needs from Debian when it is missing: Chromium for the e2e tests,
# PostgreSQL for the second run of the integration tests, and poppler-utils (pdffonts, pdftotext,
# pdftoppm) for the summary PDF's unit test. Fast no-op when all are present.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/pdftoppm ] || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "The tests need: ${missing[*]}. Install them (Debian: sudo apt-get install -y ${missing[*]}) and run again." >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian (once) ..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
