# Shared settings for scripts/camunda/*.sh (sourced, not run). Expects REPO_ROOT to be set.
# 8.6.0 is the newest camunda-zeebe distribution on Maven Central (later ones are GitHub release assets only).
CAMUNDA_VERSION="${CAMUNDA_VERSION:-8.6.0}"
CAMUNDA_PORT="${CAMUNDA_PORT:-8088}"
CAMUNDA_GRPC_PORT="${CAMUNDA_GRPC_PORT:-26500}"
CAMUNDA_MGMT_PORT="${CAMUNDA_MGMT_PORT:-9600}"
CAMUNDA_INTERNAL_PORT="${CAMUNDA_INTERNAL_PORT:-26501}"
CACHE_DIR="${CAMUNDA_CACHE_DIR:-$REPO_ROOT/.cache/camunda}"
DIST_DIR="$CACHE_DIR/camunda-zeebe-$CAMUNDA_VERSION"
DATA_DIR="$CACHE_DIR/data"
CONFIG_FILE="$CACHE_DIR/application.yaml"
LOG_FILE="$CACHE_DIR/camunda.log"
PID_FILE="$CACHE_DIR/camunda.pid"
REST_URL="http://127.0.0.1:$CAMUNDA_PORT"

# Major version of a java binary (17, 21, 25 ...), or nothing.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

# Print a JDK home with Java >= 21: $JAVA_HOME if it qualifies, else the lowest qualifying
# version found under the JVM folder (the release is tested on 21; newer ones are accepted).
find_java_home() {
  local best="" best_v=999 h v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v="$(java_major "$JAVA_HOME/bin/java")"
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for h in /usr/lib/jvm/*/ /opt/java/*/ /opt/*jdk*/; do
    h="${h%/}"
    [ -x "$h/bin/java" ] && [ ! -L "$h" ] || continue
    v="$(java_major "$h/bin/java")"
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -lt "$best_v" ]; then best="$h"; best_v="$v"; fi
  done
  [ -n "$best" ] && echo "$best"
}

# bin/broker before 8.8, bin/camunda from 8.8 on.
default_launcher() {
  case "$CAMUNDA_VERSION" in
    8.[0-7] | 8.[0-7].*) echo broker ;;
    *) echo camunda ;;
  esac
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

rest_up() {
  curl -s -o /dev/null -m 2 "$REST_URL/v2/topology"
}

# True when GET /v2/topology lists at least one broker with every partition healthy.
topology_healthy() {
  local body
  body="$(curl -s -m 3 "$REST_URL/v2/topology" 2>/dev/null)" || return 1
  echo "$body" | grep -q '"health":"healthy"' || return 1
  ! echo "$body" | grep -qE '"health":"(unhealthy|dead)"'
}
