#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the shipped site, with
# Lighthouse's default mobile preset, for the language chooser, a guide and the screener.
#
# Not a CI gate: the scores come from a simulated slow phone and move a few points from run to
# run. The real gates are the byte budgets and checks in tests/tests/browser*.rs.
#
#   tests/lighthouse.sh            # from anywhere in the repository
#
# It builds the site into a temporary folder (release build of site-gen), serves it on
# 127.0.0.1 with Python's http.server (no compression and no _headers: the CSP is the pages'
# meta tag), installs lighthouse@12.2.3 into tests/node_modules when missing (not saved in
# package.json; 13 needs Node 22), and runs it with Debian's Chromium.
#
# Built with `--base-url /`, the canonical and hreflang links are relative, which Lighthouse's
# SEO audits `canonical` and `hreflang` count as failures; a site built with its real https
# base URL passes them. The missing-compression and cache findings are http.server's.
set -euo pipefail

LIGHTHOUSE_VERSION=12.2.3
PAGES=(/ /en/asylum/one-year-deadline/ /en/screener/)

cd "$(dirname "$0")/.."
root=$PWD
chrome=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$chrome" ] || { echo "no Chromium at $chrome: apt-get install -y chromium" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is missing (Node 20 or later)" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "building the site…" >&2
cargo run --release -q -p site-gen -- build --base-url / --out "$work/site" >&2

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$work/site" "$port" >/dev/null 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break
  sleep 0.1
done

lh="$root/tests/node_modules/.bin/lighthouse"
installed=$(node -p "require('$root/tests/node_modules/lighthouse/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$LIGHTHOUSE_VERSION" ]; then
  echo "installing lighthouse@$LIGHTHOUSE_VERSION into tests/node_modules (not saved)…" >&2
  npm i --prefix "$root/tests" --no-save --no-audit --no-fund -E "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi

flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
printf '%-34s %11s %13s %14s %5s\n' page performance accessibility best-practices seo
for page in "${PAGES[@]}"; do
  report="$work/report.json"
  CHROME_PATH="$chrome" "$lh" "http://127.0.0.1:$port$page" \
    --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="$flags" >&2
  node -e '
    const r = require(process.argv[1]);
    const s = id => { const c = r.categories[id]; return c && c.score !== null ? Math.round(c.score * 100) : "n/a"; };
    const row = [process.argv[2].padEnd(34), String(s("performance")).padStart(11),
      String(s("accessibility")).padStart(13), String(s("best-practices")).padStart(14),
      String(s("seo")).padStart(5)];
    console.log(row.join(" "));
    for (const id of ["performance", "accessibility", "best-practices", "seo"]) {
      const failed = r.categories[id].auditRefs
        .map(a => r.audits[a.id])
        .filter(a => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative"
          && a.scoreDisplayMode !== "notApplicable" && a.scoreDisplayMode !== "manual");
      for (const a of failed) console.error(`    ${process.argv[2]} ${id}: ${a.id} (${a.score}) ${a.displayValue || ""}`);
    }' "$report" "$page"
done
