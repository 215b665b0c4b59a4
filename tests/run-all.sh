#!/usr/bin/env bash
# `npm test`: installs what the tests need on a fresh machine, then runs every suite:
# type check, unit + integration (Vitest, Payload on temporary SQLite files) and the browser
# journeys (Playwright with Debian's Chromium against the real portal started by `npm start`).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "▶ Installing Chromium from Debian (browser tests)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# The Nu HTML Checker (vnu.jar, in the budgets suite) runs on Java.
if ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "▶ Installing Java from Debian (Nu HTML Checker)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq default-jre-headless >/dev/null
  else
    echo "Java is missing: run 'sudo apt-get install -y default-jre-headless' (the HTML budget runs vnu.jar)." >&2
    exit 1
  fi
fi

reports="$(mktemp -d)"
status=0

echo "▶ Type check (astro check: .astro templates and every .ts file, with the generated Payload types)"
typecheck_failures=0
ASTRO_TELEMETRY_DISABLED=1 astro check --minimumSeverity warning || typecheck_failures=1
[ "$typecheck_failures" = 0 ] || status=1

echo "▶ Unit and integration tests (Vitest)"
vitest run --config tests/vitest.config.ts --reporter=default --reporter=json --outputFile.json="$reports/vitest.json" || status=1

# Benchmarks are not tests (timings on a shared machine prove nothing), but the national-scale one
# runs at 1/20 of the size on every run so that its generator and loader cannot rot.
echo "▶ Scale benchmark at 1/20 (figures printed, not asserted)"
bench_failures=0
ASTRO_TELEMETRY_DISABLED=1 tsx tests/bench/scale/run.ts --scale 0.05 | tail -n 20 || bench_failures=1
[ "$bench_failures" = 0 ] || status=1

echo "▶ Browser tests and quality budgets (Playwright + Chromium, vnu.jar)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" \
  playwright test --config tests/playwright.config.ts --reporter=list,json,./tests/budgets-reporter.ts || status=1

TYPECHECK_FAILURES="$typecheck_failures" BENCH_FAILURES="$bench_failures" node tests/summarize.mjs "$reports/vitest.json" "$reports/playwright.json" || status=1
rm -rf "$reports"
exit "$status"
