#!/usr/bin/env bash
# First step of `npm test`: the browser suites need Chromium. Find it, or install Debian's
# package when this is a Debian machine and we are root; otherwise stop at once and say how.
set -euo pipefail

chrome="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$chrome" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $chrome: installing Debian's chromium package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$chrome" ] && exit 0
fi

echo "The browser tests need Chromium at $chrome. Install it, e.g.:" >&2
echo "  sudo apt-get install -y chromium        # Debian/Ubuntu" >&2
echo "or point CHROME_PATH at a Chromium or Chrome binary." >&2
exit 1
