#!/usr/bin/env bash
# Start a released Camunda 8 (Zeebe broker + embedded gateway + REST API v2) on loopback, no Docker.
#
# The distribution is fetched with Maven (the machine's own Maven settings) into .cache/camunda/
# inside the repository and reused on later runs. See docs/camunda8.md.
#
# Environment (all optional):
#   CAMUNDA_VERSION       distribution version (default 8.6.0, the newest on Maven Central; see docs)
#   CAMUNDA_PORT          REST port (default 8088; the product itself uses 8080)
#   CAMUNDA_GRPC_PORT     gRPC gateway port (default 26500)
#   CAMUNDA_MGMT_PORT     actuator/management port (default 9600)
#   CAMUNDA_INTERNAL_PORT first of two internal ports, command API and cluster (default 26501, 26502)
#   CAMUNDA_HEAP          JVM max heap (default 1g)
#   CAMUNDA_START_TIMEOUT seconds to wait for a healthy topology (default 240)
#   CAMUNDA_CACHE_DIR     cache folder (default <repo>/.cache/camunda)
#   CAMUNDA_CLEAN=1       wipe the broker data before starting (fresh cluster)
#   CAMUNDA_DIST_TARBALL  unpack this camunda-zeebe-*.tar.gz instead of fetching with Maven
#   CAMUNDA_EXTRA_CONFIG  one more YAML file, applied after the generated application.yaml
#   CAMUNDA_LAUNCHER      bin/ program to run (default: broker before 8.8, camunda from 8.8)
#   CAMUNDA_JAVA_OPTS     extra JVM options
#   JAVA_HOME             used when it is a JDK >= 21; otherwise one is chosen from the JVM folder
# Prints the REST address (without /v2) on stdout when the cluster is healthy; exits non-zero otherwise.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
# shellcheck source=common.sh
. "$SCRIPT_DIR/common.sh"

log() { echo "[camunda] $*" >&2; }

if rest_up; then
  log "something already answers on $REST_URL/v2/topology; not starting another cluster"
  exit 0
fi
if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
  log "process $(cat "$PID_FILE") from $PID_FILE is running but $REST_URL does not answer; waiting for it"
else
  rm -f "$PID_FILE"

  # --- Ports: fail fast when one is taken (the JVM would otherwise hang after a failed start) ---
  for port in "$CAMUNDA_PORT" "$CAMUNDA_GRPC_PORT" "$CAMUNDA_INTERNAL_PORT" "$((CAMUNDA_INTERNAL_PORT + 1))" "$CAMUNDA_MGMT_PORT"; do
    if port_in_use "$port"; then
      log "port 127.0.0.1:$port is already in use; set CAMUNDA_PORT / CAMUNDA_GRPC_PORT / CAMUNDA_INTERNAL_PORT / CAMUNDA_MGMT_PORT"
      exit 1
    fi
  done

  # --- Java: a JDK >= 21 ---------------------------------------------------------------------
  JAVA_HOME="$(find_java_home)" || { log "no JDK >= 21 found (set JAVA_HOME)"; exit 2; }
  export JAVA_HOME
  log "JAVA_HOME=$JAVA_HOME ($(java_major "$JAVA_HOME/bin/java"))"

  # --- Distribution ----------------------------------------------------------------------------
  mkdir -p "$CACHE_DIR"
  if [ ! -f "$DIST_DIR/.unpacked" ] && [ -n "${CAMUNDA_DIST_TARBALL:-}" ]; then
    # A distribution obtained some other way (e.g. a camunda-zeebe-8.9.x.tar.gz release asset).
    log "unpacking $CAMUNDA_DIST_TARBALL"
    rm -rf "$DIST_DIR" && mkdir -p "$DIST_DIR"
    tar -xzf "$CAMUNDA_DIST_TARBALL" -C "$DIST_DIR" --strip-components=1
    touch "$DIST_DIR/.unpacked"
  fi
  if [ ! -f "$DIST_DIR/.unpacked" ]; then
    command -v mvn >/dev/null || { log "mvn not found"; exit 2; }
    log "fetching io.camunda:camunda-zeebe:$CAMUNDA_VERSION:tar.gz with Maven"
    t0=$(date +%s)
    rm -rf "$CACHE_DIR/download"
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="io.camunda:camunda-zeebe:$CAMUNDA_VERSION:tar.gz" \
      -DoutputDirectory="$CACHE_DIR/download" -Dmdep.overWriteReleases=true >&2
    t1=$(date +%s)
    rm -rf "$DIST_DIR" && mkdir -p "$DIST_DIR"
    tar -xzf "$CACHE_DIR/download/camunda-zeebe-$CAMUNDA_VERSION.tar.gz" -C "$DIST_DIR" --strip-components=1
    rm -rf "$CACHE_DIR/download"
    touch "$DIST_DIR/.unpacked"
    log "fetched in $((t1 - t0)) s, unpacked in $(($(date +%s) - t1)) s"
  fi

  # --- Configuration ---------------------------------------------------------------------------
  [ "${CAMUNDA_CLEAN:-0}" = "1" ] && rm -rf "$DATA_DIR"
  mkdir -p "$DATA_DIR"
  cat >"$CONFIG_FILE" <<EOF
# Written by scripts/camunda/start.sh; rewritten on every start.
server:
  address: 127.0.0.1
  port: $CAMUNDA_PORT
management:
  server:
    address: 127.0.0.1
    port: $CAMUNDA_MGMT_PORT
camunda:
  rest:
    enabled: true
    # The v2 search ("query") endpoints of 8.6 read from Elasticsearch/OpenSearch; none runs here.
    query:
      enabled: false
zeebe:
  clock:
    controlled: true
  broker:
    gateway:
      enable: true
      network:
        host: 127.0.0.1
        port: $CAMUNDA_GRPC_PORT
      security:
        enabled: false
        authentication:
          mode: none
    network:
      host: 127.0.0.1
      advertisedHost: 127.0.0.1
      commandApi:
        port: $CAMUNDA_INTERNAL_PORT
      internalApi:
        port: $((CAMUNDA_INTERNAL_PORT + 1))
    data:
      directory: $DATA_DIR/zeebe
      logSegmentSize: 16MB
    cluster:
      clusterSize: 1
      replicationFactor: 1
      partitionsCount: 1
    threads:
      cpuThreadCount: 1
      ioThreadCount: 1
EOF

  # --- Start -----------------------------------------------------------------------------------
  log "starting Camunda $CAMUNDA_VERSION: REST $REST_URL, gRPC 127.0.0.1:$CAMUNDA_GRPC_PORT, log $LOG_FILE"
  (
    cd "$DIST_DIR"
    export JAVA_OPTS="-Xms256m -Xmx${CAMUNDA_HEAP:-1g} -XX:+UseSerialGC ${CAMUNDA_JAVA_OPTS:-}"
    # CAMUNDA_EXTRA_CONFIG: one more YAML file, read after ours (its keys win), e.g. the 8.9 keys in docs/camunda8.md.
    export SPRING_CONFIG_ADDITIONAL_LOCATION="file:$CONFIG_FILE${CAMUNDA_EXTRA_CONFIG:+,file:$CAMUNDA_EXTRA_CONFIG}"
    # 8.6/8.7: bin/broker is the broker with its embedded gateway and REST API (bin/camunda adds
    # Operate/Tasklist, which need Elasticsearch). 8.8+: bin/camunda is the one orchestration-cluster application.
    exec setsid nohup "bin/${CAMUNDA_LAUNCHER:-$(default_launcher)}" >"$LOG_FILE" 2>&1 </dev/null
  ) &
  echo $! >"$PID_FILE"
  date +%s >"$CACHE_DIR/started-at"
fi

# --- Wait for a healthy topology ---------------------------------------------------------------
PID="$(cat "$PID_FILE")"
deadline=$(($(date +%s) + ${CAMUNDA_START_TIMEOUT:-240}))
t0=$(date +%s)
while :; do
  if ! kill -0 "$PID" 2>/dev/null; then
    log "Camunda (pid $PID) exited during start; last log lines:"
    tail -n 60 "$LOG_FILE" >&2 || true
    rm -f "$PID_FILE"
    exit 1
  fi
  # Healthy partitions, and our own process has finished starting (Spring's "Started <MainClass> in …"),
  # so that a listener left over from another run cannot pass for this one.
  if topology_healthy && grep -q 'Started Standalone' "$LOG_FILE" 2>/dev/null; then
    break
  fi
  # A failed Spring start leaves the JVM running (non-daemon threads): stop it and report.
  if grep -q 'Application run failed' "$LOG_FILE" 2>/dev/null; then
    log "Camunda failed to start; first error and last log lines:"
    grep -m1 -A3 -E 'ERROR' "$LOG_FILE" >&2 || true
    tail -n 40 "$LOG_FILE" >&2 || true
    bash "$SCRIPT_DIR/stop.sh" || true
    exit 1
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    log "no healthy topology after ${CAMUNDA_START_TIMEOUT:-240} s; last log lines:"
    tail -n 60 "$LOG_FILE" >&2 || true
    bash "$SCRIPT_DIR/stop.sh" || true
    exit 1
  fi
  sleep 1
done
# The clock endpoint answering proves the controlled clock is on (POST /v2/clock/reset is a no-op on a real clock).
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$REST_URL/v2/clock/reset" || true)
if [ "$code" != "200" ] && [ "$code" != "204" ]; then
  log "warning: POST /v2/clock/reset answered $code (controlled clock off?)"
fi
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status" 2>/dev/null || echo 0)
log "healthy after $(($(date +%s) - t0)) s of waiting (pid $PID, RSS $((rss_kb / 1024)) MiB): $REST_URL"
echo "$REST_URL"
