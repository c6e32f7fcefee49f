#!/usr/bin/env bash
# Stop the Camunda 8 started by scripts/camunda/start.sh (by its pid file) and wait for it to exit.
# Environment: CAMUNDA_STOP_TIMEOUT seconds before SIGKILL (default 60), CAMUNDA_CACHE_DIR.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
# shellcheck source=common.sh
. "$SCRIPT_DIR/common.sh"

if [ ! -f "$PID_FILE" ]; then
  echo "[camunda] no pid file ($PID_FILE): nothing to stop" >&2
  exit 0
fi
PID="$(cat "$PID_FILE")"
if ! kill -0 "$PID" 2>/dev/null; then
  echo "[camunda] process $PID is not running" >&2
  rm -f "$PID_FILE"
  exit 0
fi
# Make sure the pid is still ours (a Java process started from this cache), not a recycled number.
if ! tr '\0' ' ' <"/proc/$PID/cmdline" 2>/dev/null | grep -q "$CACHE_DIR"; then
  echo "[camunda] pid $PID does not look like the Camunda started from $CACHE_DIR; not killing it" >&2
  rm -f "$PID_FILE"
  exit 1
fi
kill -TERM "$PID"
deadline=$(($(date +%s) + ${CAMUNDA_STOP_TIMEOUT:-60}))
while kill -0 "$PID" 2>/dev/null; do
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "[camunda] $PID still running after ${CAMUNDA_STOP_TIMEOUT:-60} s: SIGKILL" >&2
    kill -KILL "$PID" 2>/dev/null || true
    sleep 1
    break
  fi
  sleep 0.5
done
rm -f "$PID_FILE"
echo "[camunda] stopped ($PID)" >&2
