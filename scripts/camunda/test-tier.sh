#!/usr/bin/env bash
# The Camunda 8 test tier (npm run test:camunda): start the local broker (start.sh), run the differential
# suites in test/camunda against it and against the embedded engine, stop the broker again if this script
# started it. See docs/camunda8.md, "Differential tier".
#
# When the broker cannot start (no JDK >= 21, no Maven and no cache, a port taken, a failed start), the suites
# are run with CAMUNDA_TIER=off: they skip with a message and the script exits 0, so CI stays deterministic.
# CAMUNDA_TIER_REQUIRED=1 makes a failed start an error instead (exit 1).
# Needs the built server (npx tsc -p tsconfig.build.json); builds it when dist/src/main.js is missing.
# Extra arguments go to jest, e.g. `npm run test:camunda -- -t FEEL`.
set -uo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source=common.sh
. "$SCRIPT_DIR/common.sh"

started_here=0
cleanup() {
  if [ "$started_here" = 1 ]; then bash "$SCRIPT_DIR/stop.sh" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT INT TERM

if [ ! -f dist/src/main.js ]; then
  echo "[camunda tier] building the server (dist/src/main.js missing)" >&2
  npx tsc -p tsconfig.build.json || exit 1
fi

if [ "${CAMUNDA_TIER:-}" = "off" ]; then
  echo "[camunda tier] CAMUNDA_TIER=off: the differential suites are skipped" >&2
elif rest_up; then
  echo "[camunda tier] using the Camunda 8 that already answers on $REST_URL" >&2
else
  if bash "$SCRIPT_DIR/start.sh" >/dev/null; then
    started_here=1
  else
    if [ "${CAMUNDA_TIER_REQUIRED:-0}" = "1" ]; then
      echo "[camunda tier] Camunda 8 did not start and CAMUNDA_TIER_REQUIRED=1" >&2
      exit 1
    fi
    echo "[camunda tier] Camunda 8 did not start (see above): the differential suites are skipped" >&2
    export CAMUNDA_TIER=off
  fi
fi

export CAMUNDA_DIFF=on
npx jest --runInBand test/camunda "$@"
