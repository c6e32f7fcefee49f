#!/usr/bin/env bash
# Smoke test of a running Camunda 8 REST API v2 (default the one from start.sh).
# Deploys start -> service task (type "smoke") -> end, runs one instance through a job,
# pins and resets the clock, and prints every request and response (a transcript for docs/camunda8.md).
# Exit code 0 only if the instance completed (seen through search where the cluster has it,
# otherwise through the job completion and the instance no longer being cancellable).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
# shellcheck source=common.sh
. "$SCRIPT_DIR/common.sh"
BASE="${CAMUNDA_REST_URL:-$REST_URL}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# call METHOD PATH [curl args...]: prints the exchange; body in $WORK/body, status in $STATUS
call() {
  local method="$1" path="$2"; shift 2
  echo "### $method $path"
  STATUS=$(curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -X "$method" "$@" "$BASE$path")
  echo "-> $STATUS $(grep -i '^content-type:' "$WORK/headers" | tr -d '\r' | cut -d' ' -f2-)"
  cat "$WORK/body"; echo; echo
}
json() { call "$1" "$2" -H 'Content-Type: application/json' -d "$3"; echo "request: $3" >/dev/null; }
# "jobKey:processInstanceKey" per activated job (8.8+ names the key jobKey, 8.6 names it key)
jobs_of() { node -e 'const o=JSON.parse(require("fs").readFileSync(0,"utf8"));for(const j of o.jobs||[])console.log(`${j.jobKey??j.key}:${j.processInstanceKey}`)' <"$WORK/body"; }
field() { node -e 'const o=JSON.parse(require("fs").readFileSync(0,"utf8"));let v=o;for(const k of process.argv[1].split("."))v=v?.[k];process.stdout.write(String(v))' "$1" <"$WORK/body"; }

cat >"$WORK/smoke.bpmn" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_smoke" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="smoke" name="Smoke" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
    <bpmn:serviceTask id="task" name="Smoke task">
      <bpmn:extensionElements><zeebe:taskDefinition type="smoke" retries="3" /></bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
EOF
printf '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="broken"' >"$WORK/broken.bpmn"

call GET /v2/topology
call POST /v2/deployments -F "resources=@$WORK/smoke.bpmn"
[ "$STATUS" = 200 ] || { echo "deployment failed"; exit 1; }

json POST /v2/process-instances '{"processDefinitionId":"smoke","variables":{"caseId":"C-1","amount":42}}'
[ "$STATUS" = 200 ] || { echo "create failed"; exit 1; }
PI="$(field processInstanceKey)"

# Activate (and complete) jobs of type "smoke" until the one of our instance has been completed;
# jobs left over from earlier runs on the same cluster are completed too.
ours=0
for _ in 1 2 3 4 5; do
  json POST /v2/jobs/activation '{"type":"smoke","worker":"smoke-sh","timeout":60000,"maxJobsToActivate":10,"requestTimeout":5000}'
  for pair in $(jobs_of); do
    JOB="${pair%%:*}"
    json POST "/v2/jobs/$JOB/completion" '{"variables":{"smoked":true}}'
    [ "$STATUS" = 204 ] || [ "$STATUS" = 200 ] || { echo "job completion failed"; exit 1; }
    [ "${pair#*:}" = "$PI" ] && ours=1
  done
  [ "$ours" = 1 ] && break
done
[ "$ours" = 1 ] || { echo "the job of instance $PI was never activated"; exit 1; }

completed=0
json POST /v2/process-instances/search "{\"filter\":{\"processInstanceKey\":$PI}}"
if [ "$STATUS" = 200 ]; then
  for _ in $(seq 1 20); do
    grep -q '"COMPLETED"' "$WORK/body" && { completed=1; break; }
    sleep 1
    json POST /v2/process-instances/search "{\"filter\":{\"processInstanceKey\":$PI}}" >/dev/null
  done
fi
# A completed instance can no longer be cancelled: the engine answers 404 NOT_FOUND.
json POST "/v2/process-instances/$PI/cancellation" '{}'
if [ "$completed" = 0 ] && [ "$STATUS" = 404 ]; then completed=1; fi

json POST /v2/user-tasks/search '{"filter":{}}'
json POST /v2/incidents/search '{"filter":{}}'
json POST /v2/variables/search '{"filter":{}}'

# Pin the clock to 2026-01-01T00:00:00Z: a job activated now gets deadline = pinned time + timeout.
json PUT /v2/clock '{"timestamp":1767225600000}'
json POST /v2/process-instances '{"processDefinitionId":"smoke"}'
json POST /v2/jobs/activation '{"type":"smoke","worker":"smoke-sh","timeout":60000,"maxJobsToActivate":1,"requestTimeout":10000}'
clock_ok=0; [ "$(field jobs.0.deadline)" = 1767225660000 ] && clock_ok=1
for pair in $(jobs_of); do json POST "/v2/jobs/${pair%%:*}/completion" '{}'; done
json POST /v2/clock/reset '{}'
echo "pinned clock seen in job deadline: $clock_ok"; echo

echo "## errors"
call POST /v2/deployments -F "resources=@$WORK/broken.bpmn"
json POST /v2/process-instances '{"processDefinitionId":"no-such-process"}'
json POST /v2/jobs/2251799813999999/completion '{}'
call GET /v2/no-such-endpoint
json PUT /v2/clock '{"timestamp":"tomorrow"}'
json POST /v2/process-instances '{not json'

if [ "$completed" = 1 ] && [ "$clock_ok" = 1 ]; then echo "SMOKE OK: instance $PI completed"; else echo "SMOKE FAILED"; exit 1; fi
