#!/usr/bin/env bash
# Installs everything and runs every check and test suite; ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/pnpm.sh

out=.test-output
rm -rf "$out" && mkdir -p "$out"
passed=0
failed=0

# A check that is not a vitest suite counts as one test.
check() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "!! $name failed"
  fi
}

if ! pnpm_run install --frozen-lockfile; then
  echo "install failed"
  echo "0 passed, 1 failed"
  exit 1
fi

check "type-check" pnpm_run run typecheck
check "lint and format (biome)" pnpm_run exec biome ci .
check "web build" pnpm_run --filter @hiwar/web build
check "chromium available" bash scripts/ensure-chromium.sh

# One vitest run per group, each counted from its JSON report. The security suite runs alone first: its
# flood test times neighbours' requests, which other suites running beside it on the same cores would skew.
vitest_group() {
  local name=$1
  shift
  echo "== vitest: $name ($*)"
  pnpm_run exec vitest run "$@" --reporter=default --reporter=json --outputFile.json="$out/vitest-$name.json"
  local status=$?
  if [ -f "$out/vitest-$name.json" ]; then
    read -r vp vf < <(node -e "const r=require('./$out/vitest-$name.json'); console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && r.testResults.filter(t => t.status === 'failed' && t.assertionResults.length === 0).length))")
    passed=$((passed + vp))
    failed=$((failed + vf))
    if [ "$status" -ne 0 ] && [ "$vf" -eq 0 ]; then failed=$((failed + 1)); fi
  else
    failed=$((failed + 1))
  fi
}

vitest_group security --project security
vitest_group suites --project unit --project integration --project web --project e2e

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
