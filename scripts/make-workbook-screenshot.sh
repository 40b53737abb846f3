#!/usr/bin/env bash
# Makes docs/images/workbook-libreoffice.png, the picture in docs/nhap-ket-qua-bang-tinh.md: the 2025
# workbook of Huế from the sample site (reportsite workbook), printed to PDF by LibreOffice Calc headless
# in the vi-VN locale (decimal commas, as an officer sees it), the top left of page 1 cut out by pdftoppm.
# Needs the built tool, libreoffice-calc-nogui and poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/profile/user"
cp scripts/vi-vn-profile.xcu "$tmp/profile/user/registrymodifications.xcu"
.build/debug/reportsite workbook 2025 --province hue --output "$tmp/ket-qua-2025-hue.xlsx"
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/ket-qua-2025-hue.xlsx" >/dev/null 2>&1
pdftoppm -png -r 140 -f 1 -l 1 -x 90 -y 90 -W 1060 -H 250 "$tmp/ket-qua-2025-hue.pdf" "$tmp/page"
mkdir -p docs/images
cp "$tmp/page-1.png" docs/images/workbook-libreoffice.png
ls -l docs/images/workbook-libreoffice.png
