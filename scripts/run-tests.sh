#!/usr/bin/env bash
# The whole test suite, in the order a reviewer would read failures: types, lint, unit/corpus/fault, e2e.
set -uo pipefail
cd "$(dirname "$0")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
[ -d node_modules ] || npm install --no-audit --no-fund
mkdir -p test/artifacts
status=0
step() { echo; echo "== $1"; shift; "$@" || status=1; }
step "typecheck" npm run --silent typecheck
step "lint" npm run --silent lint
step "unit, corpus, fault" npx vitest run --reporter=default --reporter=json --outputFile=test/artifacts/vitest.json
if [ -f vitest.e2e.config.ts ]; then
  step "end-to-end (browser host)" npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=test/artifacts/vitest-e2e.json
fi
# One closing line in the plain form CI reads: "N passed, N failed".
node -e '
const fs = require("fs"); let p = 0, f = 0, s = 0;
for (const n of ["test/artifacts/vitest.json", "test/artifacts/vitest-e2e.json"]) {
  if (!fs.existsSync(n)) continue;
  const r = JSON.parse(fs.readFileSync(n, "utf8"));
  p += r.numPassedTests; f += r.numFailedTests; s += r.numPendingTests + (r.numTodoTests || 0);
}
console.log(`\n${p} passed, ${f} failed` + (s ? `, ${s} skipped` : ""));
'
exit $status
