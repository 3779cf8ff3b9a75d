#!/usr/bin/env bash
# USSD answer-time benchmark: see bench/ussd/README.md. Starts the packaged api (demo content, its own embedded
# PostgreSQL under bench/out/) and channel-ussd on loopback ports, runs UssdBench against them, stops both.
#   bench/ussd/run.sh                      build, then measure
#   BEACON_BENCH_SKIP_BUILD=1 BENCH_SESSIONS=300 BENCH_CONCURRENCY=16 bench/ussd/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${BEACON_BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -q -B -DskipTests package -pl api,channel-ussd -am
fi
API_PORT=${BENCH_API_PORT:-18480}
USSD_PORT=${BENCH_USSD_PORT:-18486}
mkdir -p bench/out
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT INT TERM
await() { # url pid log
  for _ in $(seq 1 240); do
    curl -fs "$1" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { echo "stopped; see $3"; tail -20 "$3"; exit 1; }
    sleep 1
  done
  echo "not ready after 240 s; see $3"; exit 1
}
rm -rf bench/out/ussd-pgdata
BEACON_DEMO_ENABLED=true QUARKUS_HTTP_PORT=$API_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  BEACON_EMBEDDED_DB_DATA_DIR="$PWD/bench/out/ussd-pgdata" \
  java -jar api/target/quarkus-app/quarkus-run.jar > bench/out/ussd-api.log 2>&1 &
pids+=($!)
await "http://127.0.0.1:$API_PORT/q/health/ready" "${pids[0]}" bench/out/ussd-api.log
BEACON_API_URL=http://127.0.0.1:$API_PORT QUARKUS_HTTP_PORT=$USSD_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  BEACON_CONVERSATION_PAYLOAD_KEY=bench-payload-key-0123456789abcdef0123456789 QUARKUS_LOG_LEVEL=WARN \
  java -Xmx512m -jar channel-ussd/target/quarkus-app/quarkus-run.jar > bench/out/ussd-adapter.log 2>&1 &
pids+=($!)
await "http://127.0.0.1:$USSD_PORT/q/health/ready" "${pids[1]}" bench/out/ussd-adapter.log
USSD_URL=http://127.0.0.1:$USSD_PORT/ussd java bench/ussd/UssdBench.java
