#!/usr/bin/env bash
# Prints an HTML page to an A4 PDF with headless Chromium (used by `make pdf` and test_pdf.py).
#   e2e/site/print_pdf.sh PAGE.html OUT.pdf
# --no-pdf-header-footer: Chromium's own header and footer (date, title, file:// URL) are off;
# page numbers come from the stylesheet's @page @bottom-center margin box, which Chromium
# supports since version 131. Paper size and margins come from @page too.
set -euo pipefail
in=${1:?usage: print_pdf.sh PAGE.html OUT.pdf}
out=${2:?usage: print_pdf.sh PAGE.html OUT.pdf}
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -f "$in" ] || { echo "print_pdf: $in does not exist (run make site first)" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
in_abs=$(cd "$(dirname "$in")" && pwd)/$(basename "$in")
out_abs=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
rm -f "$out_abs"
if ! "$chromium" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
     --user-data-dir="$profile" --no-first-run --lang=vi \
     --no-pdf-header-footer --print-to-pdf="$out_abs" "file://$in_abs" >"$log" 2>&1 \
   || [ ! -s "$out_abs" ]; then
  echo "print_pdf: chromium failed to print $in:" >&2
  cat "$log" >&2
  exit 1
fi
echo "print_pdf: $out ($(stat -c %s "$out_abs") bytes)"
