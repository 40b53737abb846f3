#!/usr/bin/env bash
# Installs what the site gates need, only what is missing, so a rerun takes about a second.
#   Debian: chromium, chromium-driver, fonts-liberation (Vietnamese glyphs in screenshots and
#           the PDF), poppler-utils (pdfinfo, pdftotext, pdftoppm), a Java runtime for the Nu
#           validator (default-jre-headless, only if `java` is missing), python3-venv.
#   PyPI, into .venv-test/: e2e/site/requirements.txt, plus axe-playwright-python without its
#           dependencies, only for the current axe-core script it ships (axe.min.js 4.x).
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=${VENV:-.venv-test}
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo

need=()
command -v python3 >/dev/null || need+=(python3)
command -v chromium >/dev/null || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "Liberation Sans" || need+=(fonts-liberation)
command -v java >/dev/null || need+=(default-jre-headless)
{ command -v pdfinfo && command -v pdftotext && command -v pdftoppm; } >/dev/null || need+=(poppler-utils)
if ! [ -x "$VENV/bin/python" ] && ! python3 -c 'import ensurepip, venv' 2>/dev/null; then need+=(python3-venv); fi
if ((${#need[@]})); then
  echo "setup: installing ${need[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! [ -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
fi
# Reinstall only when the requirements changed (the stamp holds what was installed last).
want="$(cat e2e/site/requirements.txt; echo 'axe-playwright-python==0.1.8 --no-deps')"
stamp="$VENV/.site-tests-requirements"
if [ "$want" != "$(cat "$stamp" 2>/dev/null)" ]; then
  echo "setup: installing Python packages into $VENV"
  "$VENV/bin/python" -m pip install -q -r e2e/site/requirements.txt
  "$VENV/bin/python" -m pip install -q --no-deps axe-playwright-python==0.1.8
  printf '%s' "$want" > "$stamp"
fi
