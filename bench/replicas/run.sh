#!/usr/bin/env bash
# Beacon on more than one machine, played on this one: two api replicas and two mobi-site (channel-web) replicas
# behind nginx, against one PostgreSQL. Checks what must hold across replicas, measures req/s of one replica of
# each against two, and kills an api replica under write load. Everything stays on 127.0.0.1; every loop is
# bounded; everything started is stopped. See bench/replicas/README.md.
#
#   bench/replicas/run.sh                                   # build, start, check, measure, stop
#   BEACON_BENCH_SKIP_BUILD=1 bench/replicas/run.sh         # reuse api/ and channel-web/target/quarkus-app
#
# Environment:
#   BEACON_BENCH_SKIP_BUILD=1   use the existing packaged apps
#   BENCH_DURATION              seconds per measured wrk run (default 10)
#   BENCH_WARMUP                seconds of wrk warm-up per URL and set-up (default 5)
#   BENCH_THREADS, BENCH_CONNECTIONS   wrk -t / -c (default 2 / 32)
#   BENCH_KILL_SECONDS          seconds of write load around the kill (default 12; the kill comes at a third)
#   BENCH_JAVA_OPTS             JVM options of every replica (default -Xmx384m)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/replicas"
OUT="$ROOT/bench/out/replicas"
DURATION="${BENCH_DURATION:-10}"
WARMUP="${BENCH_WARMUP:-5}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
KILL_SECONDS="${BENCH_KILL_SECONDS:-12}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx384m}"
READY_TIMEOUT=420   # seconds: four JVMs start on two shared cores
HOST=127.0.0.1
DB=beacon_replicas

for n in "$DURATION" "$WARMUP" "$THREADS" "$CONNECTIONS" "$KILL_SECONDS"; do
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "replicas: numeric settings only, got '$n'" >&2; exit 2; }
done

log() { printf '[replicas %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---- 1. tools ------------------------------------------------------------------------------------
missing=()
for tool in wrk curl python3 psql openssl; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
if (( ${#missing[@]} )); then
    log "installing ${missing[*]} with apt-get"
    SUDO=()
    (( EUID == 0 )) || SUDO=(sudo)
    pkgs=("${missing[@]/psql/postgresql-client}")
    "${SUDO[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

rm -rf "$OUT"
mkdir -p "$OUT/nginx/logs" "$OUT/wrk"

# ---- 2. build ------------------------------------------------------------------------------------
cd "$ROOT"
if [[ "${BEACON_BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    log "building api and channel-web (./mvnw -q -DskipTests package -pl api,channel-web -am)"
    ./mvnw -q -DskipTests package -pl api,channel-web -am
fi
API_JAR="$ROOT/api/target/quarkus-app/quarkus-run.jar"
WEB_JAR="$ROOT/channel-web/target/quarkus-app/quarkus-run.jar"
[[ -f "$API_JAR" && -f "$WEB_JAR" ]] || die "packaged apps not found (build first, or unset BEACON_BENCH_SKIP_BUILD)"

# ---- helpers -------------------------------------------------------------------------------------
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

declare -A PIDS=()
stop_pid() {  # stop_pid NAME: TERM, up to 20 s to exit, then KILL
    local name="$1" pid="${PIDS[$1]:-}"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    if timeout 20 tail --pid="$pid" -f /dev/null; then
        log "stopped $name"
    else
        log "$name did not stop within 20 s, killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
}
cleanup() {
    local rc=$?
    for name in nginx web-2 web-1 api-b api-a; do stop_pid "$name"; done
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

await_ready() {  # await_ready NAME URL LOG
    local deadline=$((SECONDS + READY_TIMEOUT)) started=$SECONDS
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$2/q/health/ready" || true)" == 200 ]]; do
        kill -0 "${PIDS[$1]}" 2>/dev/null || { tail -n 40 "$3" >&2; die "$1 exited during start-up"; }
        (( SECONDS < deadline )) || { tail -n 40 "$3" >&2; die "$1 not ready within ${READY_TIMEOUT}s"; }
        sleep 1
    done
    log "$1 ready after $((SECONDS - started))s"
}

# ---- 3. one database, one key pair standing in for the identity provider --------------------------
log "fresh database $DB on $HOST:5432"
psql -q -h "$HOST" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
export PGHOST="$HOST" PGUSER=postgres PGDATABASE="$DB"

# The replicas must trust the same tokens, so no demo issuer (its key lives in one process): a key pair made here
# signs the editor's and the web adapter's tokens, and every api replica is given its public key.
ISSUER="urn:beacon:bench-replicas"
openssl genrsa -out "$OUT/signing-key.pem" 2048 2>/dev/null
PUBLIC_KEY="$(openssl rsa -in "$OUT/signing-key.pem" -pubout -outform DER 2>/dev/null | openssl base64 -A)"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
jwt() {  # jwt CLAIMS_JSON: an RS256 token signed with the bench key
    local header payload signature
    header="$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url)"
    payload="$(printf '%s' "$1" | b64url)"
    signature="$(printf '%s' "$header.$payload" | openssl dgst -sha256 -sign "$OUT/signing-key.pem" -binary | b64url)"
    printf '%s.%s.%s' "$header" "$payload" "$signature"
}
NOW="$(date +%s)"
EXP=$((NOW + 6 * 3600))
EDITOR_TOKEN="$(jwt "{\"iss\":\"$ISSUER\",\"aud\":\"beacon-api\",\"sub\":\"bench-eddie\",\"preferred_username\":\"eddie\",\"azp\":\"beacon-cli\",\"iat\":$NOW,\"exp\":$EXP,\"realm_access\":{\"roles\":[]},\"groups\":[\"/sites/demo/editor\"]}")"
WEB_TOKEN="$(jwt "{\"iss\":\"$ISSUER\",\"aud\":\"beacon-api\",\"sub\":\"service-account-web\",\"preferred_username\":\"service-account-web\",\"azp\":\"web\",\"iat\":$NOW,\"exp\":$EXP,\"realm_access\":{\"roles\":[\"channel\"]},\"groups\":[]}")"

# ---- 4. two api replicas -------------------------------------------------------------------------
API_A_PORT="$(free_port)"; API_B_PORT="$(free_port)"
WEB_1_PORT="$(free_port)"; WEB_2_PORT="$(free_port)"
LB_API_ONE="$(free_port)"; LB_API_TWO="$(free_port)"; LB_WEB_ONE="$(free_port)"; LB_WEB_TWO="$(free_port)"
TOKEN_PORT="$(free_port)"
start_api() {  # start_api NAME PORT DEMO
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
    env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$HOST:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
        QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" \
        BEACON_DEMO_ENABLED="$3" BEACON_PROFILES_PIN_HASH_ITERATIONS=1000 \
        QUARKUS_HTTP_PORT="$2" QUARKUS_HTTP_HOST="$HOST" \
        java $JAVA_OPTS -jar "$API_JAR" >"$OUT/$1.log" 2>&1 &
    PIDS[$1]=$!
}
# One replica loads the demo, then the other starts on the same database: two loading it at once would race.
log "starting api-a on $API_A_PORT (demo content), then api-b on $API_B_PORT"
start_api api-a "$API_A_PORT" true
await_ready api-a "http://$HOST:$API_A_PORT" "$OUT/api-a.log"
start_api api-b "$API_B_PORT" false

# ---- 5. nginx: the load balancer, and the token endpoint of the web adapter -----------------------
cat >"$OUT/nginx/nginx.conf" <<EOF
# Written by bench/replicas/run.sh.
user $(id -un);
worker_processes 1;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $OUT/nginx/tmp-body;
    proxy_temp_path $OUT/nginx/tmp-proxy;
    fastcgi_temp_path $OUT/nginx/tmp-fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp-uwsgi;
    scgi_temp_path $OUT/nginx/tmp-scgi;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host;
    # nginx never resends a POST that reached a replica (non_idempotent is off): a write is acknowledged once or
    # fails; a replica that refuses the connection is skipped and marked down for 5 s.
    proxy_next_upstream error timeout;
    upstream api_one { server $HOST:$API_A_PORT max_fails=1 fail_timeout=5s; keepalive 64; }
    upstream api_two { server $HOST:$API_A_PORT max_fails=1 fail_timeout=5s;
                       server $HOST:$API_B_PORT max_fails=1 fail_timeout=5s; keepalive 64; }
    upstream web_one { server $HOST:$WEB_1_PORT; keepalive 64; }
    upstream web_two { server $HOST:$WEB_1_PORT; server $HOST:$WEB_2_PORT; keepalive 64; }
    server { listen $HOST:$LB_API_ONE; location / { proxy_pass http://api_one; } }
    server { listen $HOST:$LB_API_TWO; location / { proxy_pass http://api_two; } }
    server { listen $HOST:$LB_WEB_ONE; location / { proxy_pass http://web_one; } }
    server { listen $HOST:$LB_WEB_TWO; location / { proxy_pass http://web_two; } }
    # The web adapter's client-credentials grant, answered with the token signed above.
    server {
        listen $HOST:$TOKEN_PORT;
        location = /token {
            default_type application/json;
            return 200 '{"access_token":"$WEB_TOKEN","token_type":"Bearer","expires_in":21600}';
        }
    }
}
EOF
log "starting nginx"
"$NGINX" -p "$OUT/nginx" -e "$OUT/nginx/logs/error.log" -c "$OUT/nginx/nginx.conf" >"$OUT/nginx/stdout.log" 2>&1 &
PIDS[nginx]=$!

# ---- 6. two mobi-site replicas: web-1 reads through api-a, web-2 through api-b --------------------
SESSION_SECRET="$(openssl rand -hex 32)"
start_web() {  # start_web NAME PORT API_PORT
    # shellcheck disable=SC2086
    env BEACON_API_URL="http://$HOST:$3" BEACON_CLIENT_ID=web BEACON_CLIENT_SECRET=bench \
        BEACON_CLIENT_TOKEN_URL="http://$HOST:$TOKEN_PORT/token" BEACON_WEB_SESSION_SECRET="$SESSION_SECRET" \
        QUARKUS_HTTP_PORT="$2" QUARKUS_HTTP_HOST="$HOST" \
        java $JAVA_OPTS -jar "$WEB_JAR" >"$OUT/$1.log" 2>&1 &
    PIDS[$1]=$!
}
start_web web-1 "$WEB_1_PORT" "$API_A_PORT"
start_web web-2 "$WEB_2_PORT" "$API_B_PORT"
await_ready api-b "http://$HOST:$API_B_PORT" "$OUT/api-b.log"
await_ready web-1 "http://$HOST:$WEB_1_PORT" "$OUT/web-1.log"
await_ready web-2 "http://$HOST:$WEB_2_PORT" "$OUT/web-2.log"
curl -sf -o /dev/null "http://$HOST:$TOKEN_PORT/token" || die "nginx is not answering"

# ---- 7. checks, load and the kill ----------------------------------------------------------------
{
    echo "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "- commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "- nproc: $(nproc); memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    echo "- java: $(java -version 2>&1 | head -n1); JVM options of every replica: $JAVA_OPTS"
    echo "- load average before the checks: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shows here)"
    echo "- wrk --latency -t$THREADS -c$CONNECTIONS -d${DURATION}s after a ${WARMUP}s warm-up, through nginx (1 worker);"
    echo "  wrk, nginx, PostgreSQL and every replica share the same $(nproc) cores"
} >"$OUT/facts.md"

export BENCH_OUT="$OUT" BENCH_DURATION="$DURATION" BENCH_WARMUP="$WARMUP" BENCH_THREADS="$THREADS"
export BENCH_CONNECTIONS="$CONNECTIONS" BENCH_KILL_SECONDS="$KILL_SECONDS"
export API_A="http://$HOST:$API_A_PORT" API_B="http://$HOST:$API_B_PORT"
export WEB_1="http://$HOST:$WEB_1_PORT" WEB_2="http://$HOST:$WEB_2_PORT"
export LB_API_ONE="http://$HOST:$LB_API_ONE" LB_API_TWO="http://$HOST:$LB_API_TWO"
export LB_WEB_ONE="http://$HOST:$LB_WEB_ONE" LB_WEB_TWO="http://$HOST:$LB_WEB_TWO"
export EDITOR_TOKEN WEB_TOKEN API_B_PID="${PIDS[api-b]}"
status=0
python3 "$HERE/checks.py" >"$OUT/checks.md" || status=$?

{
    echo "# Two api and two mobi-site replicas behind nginx"
    echo
    cat "$OUT/facts.md"
    echo
    cat "$OUT/checks.md"
} >"$OUT/results.md"
echo
cat "$OUT/results.md"
echo
echo "Results: $OUT/results.md; logs of every process: $OUT/"
exit "$status"
