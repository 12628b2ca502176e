#!/usr/bin/env bash
# Runs every test layer (installing what is missing first):
#   1. native    cargo test --no-default-features: data, pipeline checks,
#                the pure core, built without any browser API
#   2. browser   wasm-bindgen-test in headless Chromium via chromedriver
#   3. e2e       node --test + playwright-core against the release build,
#                a smoke test in Firefox ESR (WebDriver BiDi) and WebKitGTK
#                (WebKitWebDriver under xvfb-run), plus node checks of
#                generated files and the release bundle (tests/node/)
#   4. budgets   bench/budgets.mjs --gate: fails only on figures whose verdict
#                depends on the code alone (first-load bytes, work counts);
#                timings and Lighthouse are printed, and judged by
#                `node bench/budgets.mjs --check` run on its own; the table
#                is also written to target/bench-report.md
# The summary counts the budgets apart from the tests: a line
# `budgets: N met, M failed[, K known misses]`, then, last and alone on its
# line (CI reads it), `all: N passed, M failed` for the tests of layers 1 to 3.
# A failed test or budget makes the run fail.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh --for-tests || exit 1
. scripts/env.sh
export CHROMEDRIVER=/usr/bin/chromedriver

logs=$(mktemp -d)
status=0
passed=0
failed=0
budgets=

# Adds the counts in a test layer's log to the totals, or, for the budgets,
# keeps their line for the summary.
count() {
  local layer=$1 log=$2 p f known
  case $layer in
    e2e)
      p=$(awk '/^# pass /{s+=$3} END{print s+0}' "$log")
      f=$(awk '/^# fail /{s+=$3} END{print s+0}' "$log") ;;
    budgets)
      p=$(sed -n 's/^budgets: \([0-9]*\) passed.*/\1/p' "$log" | tail -1)
      f=$(sed -n 's/^budgets: [0-9]* passed, \([0-9]*\) failed.*/\1/p' "$log" | tail -1)
      known=$(sed -n 's/^budgets: .* \([0-9]*\) known misses$/\1/p' "$log" | tail -1)
      p=${p:-0} f=${f:-0} known=${known:-0}
      budgets="budgets: $p met, $f failed"
      [ "$known" -eq 0 ] || budgets="$budgets, $known known misses"
      [ "$f" -eq 0 ] || status=1
      if [ $((p + f + known)) -eq 0 ]; then
        echo "error: the budgets layer judged no budget" >&2
        status=1
      fi
      return ;;
    *)
      p=$(grep -Eo '[0-9]+ passed' "$log" | awk '{s+=$1} END{print s+0}')
      f=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END{print s+0}') ;;
  esac
  printf '%-8s %4d passed, %d failed\n' "$layer" "$p" "$f" >>"$logs/summary"
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$p" -eq 0 ]; then
    echo "error: the $layer layer ran no test" >&2
    status=1
  fi
}

run() {
  local layer=$1
  shift
  echo "== $layer: $*"
  "$@" 2>&1 | tee "$logs/$layer.log"
  local rc=${PIPESTATUS[0]}
  [ "$rc" -eq 0 ] || status=1
  count "$layer" "$logs/$layer.log"
}

run native cargo test --quiet --no-default-features
run browser cargo test --target wasm32-unknown-unknown --test web
echo "== building the release site"
scripts/build.sh >"$logs/build.log" 2>&1 || { cat "$logs/build.log"; echo "error: the release build failed" >&2; exit 1; }
run e2e node --test --test-reporter=tap e2e/ tests/node/
rm -f target/bench-report.md
run budgets node bench/budgets.mjs --gate

echo
echo "== summary"
cat "$logs/summary"
echo "${budgets:-budgets: not judged}"
[ -n "$budgets" ] || status=1
[ "$failed" -eq 0 ] || status=1
# Screenshots the end-to-end tests write for review (the stage's first
# screens and embed, the card, tooltips, table and printed handout).
[ -d target/screenshots ] && echo "screenshots for review: $PWD/target/screenshots/"
[ -f target/bench-report.md ] && echo "bench report: $PWD/target/bench-report.md"
echo "all: $passed passed, $failed failed"
exit $status
