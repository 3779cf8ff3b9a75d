#!/usr/bin/env bash
# Load benchmark of Beacon's three delivery reads, with nginx serving the same bytes as a baseline
# in the same run. Everything stays on 127.0.0.1; every loop is bounded. See bench/README.md.
#
#   bench/run.sh                                  # build, start Beacon + nginx, measure, stop
#   BEACON_BENCH_SKIP_BUILD=1 BENCH_DURATION=15 bench/run.sh
#
# Environment:
#   BEACON_BENCH_SKIP_BUILD=1   use the existing api/target/quarkus-app instead of building
#   BENCH_DURATION              seconds per measured wrk run (default 15)
#   BENCH_WARMUP                seconds of wrk warm-up per URL and server (default 15: with 5 s the
#                               JIT was still compiling Beacon's hot path during the first measured run)
#   BENCH_ROUNDS                measured rounds; the order of the servers alternates, the table
#                               shows the median over rounds (default 1)
#   BENCH_THREADS, BENCH_CONNECTIONS   wrk -t / -c (default 2 / 32)
#   BEACON_BENCH_JAVA_OPTS      extra JVM options for both Beacons (default none)
#   BENCH_STARTS                start-ups measured per JVM setting against the existing database (default 3)
#   BENCH_READY_TIMEOUT         seconds one start may take before the run fails (default 180)
#   QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD) use this database instead of a fresh
#                               beacon_bench database on the local PostgreSQL at 127.0.0.1:5432
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/out"
DURATION="${BENCH_DURATION:-15}"
WARMUP="${BENCH_WARMUP:-15}"
ROUNDS="${BENCH_ROUNDS:-1}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
READY_TIMEOUT="${BENCH_READY_TIMEOUT:-180}"   # seconds to wait for Beacon's readiness (a loaded machine needs more)
HOST=127.0.0.1

for n in "$DURATION" "$WARMUP" "$ROUNDS" "$THREADS" "$CONNECTIONS" "$READY_TIMEOUT"; do
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "bench: numeric settings only, got '$n'" >&2; exit 2; }
done
(( ROUNDS >= 1 && ROUNDS <= 20 )) || { echo "bench: BENCH_ROUNDS must be 1..20" >&2; exit 2; }

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---- 1. tools ------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if (( ${#missing[@]} )); then
    log "installing ${missing[*]} with apt-get"
    SUDO=()
    (( EUID == 0 )) || SUDO=(sudo)
    "${SUDO[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

rm -rf "$OUT"
mkdir -p "$OUT/www" "$OUT/nginx/logs" "$OUT/wrk"

# ---- 2. build ------------------------------------------------------------------------------------
cd "$ROOT"
if [[ "${BEACON_BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    log "building api with its AppCDS archive (./mvnw -q -DskipTests package -pl api -am -Dquarkus.package.jar.appcds.enabled=true)"
    ./mvnw -q -DskipTests package -pl api -am -Dquarkus.package.jar.appcds.enabled=true
fi
JAR="$ROOT/api/target/quarkus-app/quarkus-run.jar"
[[ -f "$JAR" ]] || die "$JAR not found (build first, or unset BEACON_BENCH_SKIP_BUILD)"
STARTS="${BENCH_STARTS:-3}"
[[ "$STARTS" =~ ^[0-9]+$ ]] && (( STARTS >= 1 && STARTS <= 20 )) || die "BENCH_STARTS must be 1..20"
# Two JVM settings, measured side by side: "default" is how Beacon started before issue #16 (no options, Flyway
# validating at every start); "tuned" is what deploy/README.md and the manifests recommend: deploy/api-jvm.options,
# the AppCDS archive the build made (when there is one), two malloc arenas, and Flyway left to the migration Job.
read -r -a TUNED_OPTS <"$ROOT/deploy/api-jvm.options"
CDS="$ROOT/api/target/quarkus-app/app-cds.jsa"
[[ -f "$CDS" ]] && TUNED_OPTS+=("-XX:SharedArchiveFile=$CDS")

# ---- helpers -------------------------------------------------------------------------------------
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

BEACON_PID=""
DEFAULT_PID=""
STARTED_PID=""
NGINX_PID=""
stop_pid() {  # stop_pid PID NAME: TERM, wait up to 20 s, then KILL
    local pid="$1" name="$2" i
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do
        kill -0 "$pid" 2>/dev/null || { log "stopped $name"; return 0; }
        sleep 0.5
    done
    log "$name did not stop, killing it"
    kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    local rc=$?
    stop_pid "$NGINX_PID" nginx
    stop_pid "$BEACON_PID" Beacon
    stop_pid "$DEFAULT_PID" "Beacon (default)"
    stop_pid "$STARTED_PID" "Beacon (starting)"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- 3. database and Beacon ----------------------------------------------------------------------
if [[ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]]; then
    command -v psql >/dev/null 2>&1 || die "psql not found; set QUARKUS_DATASOURCE_JDBC_URL or install postgresql-client"
    log "fresh database beacon_bench on $HOST:5432"
    psql -q -h "$HOST" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c 'DROP DATABASE IF EXISTS beacon_bench' -c 'CREATE DATABASE beacon_bench' >/dev/null
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$HOST:5432/beacon_bench"
    export QUARKUS_DATASOURCE_USERNAME=postgres
else
    log "using QUARKUS_DATASOURCE_JDBC_URL from the environment"
fi

# The prod profile refuses to start without quarkus.oidc.auth-server-url. Delivery reads are public and
# need no identity provider, so unless one is configured the default OIDC tenant is switched off.
if [[ -z "${QUARKUS_OIDC_AUTH_SERVER_URL:-}" && -z "${QUARKUS_OIDC_TENANT_ENABLED:-}" ]]; then
    log "no QUARKUS_OIDC_AUTH_SERVER_URL: starting Beacon with QUARKUS_OIDC_TENANT_ENABLED=false"
    export QUARKUS_OIDC_TENANT_ENABLED=false
fi

# start_beacon SETTING LOG: starts Beacon with the JVM SETTING (default | tuned) on a free port, waits for
# /q/health/ready (polled every 50 ms) and sets STARTED_PID, STARTED_URL and READY_MS (wall), READY_CPU_MS (CPU
# time the JVM used until then, all threads: less sensitive to a busy machine than wall time) and READY_RSS_MB.
CLK_TCK="$(getconf CLK_TCK)"
cpu_ms() { awk -v t="$CLK_TCK" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$1/status"; }
hwm_mb() { awk '/^VmHWM/ { print int($2 / 1024) }' "/proc/$1/status"; }
start_beacon() {
    local setting="$1" log="$2" port t0 deadline opts=() env=()
    port="$(free_port)"
    if [[ "$setting" == tuned ]]; then opts=("${TUNED_OPTS[@]}"); env=(MALLOC_ARENA_MAX=2 QUARKUS_FLYWAY_ACTIVE=false); fi
    t0="$(date +%s%N)"
    # shellcheck disable=SC2086  # BEACON_BENCH_JAVA_OPTS is a list of options
    env "${env[@]}" BEACON_DEMO_ENABLED=true QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST="$HOST" \
        java "${opts[@]}" ${BEACON_BENCH_JAVA_OPTS:-} -jar "$JAR" >"$log" 2>&1 &
    STARTED_PID=$!
    STARTED_URL="http://$HOST:$port"
    deadline=$((SECONDS + READY_TIMEOUT))
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$STARTED_URL/q/health/ready" || true)" == 200 ]]; do
        kill -0 "$STARTED_PID" 2>/dev/null || { tail -n 40 "$log" >&2; die "Beacon ($setting) exited during start-up"; }
        (( SECONDS < deadline )) || { tail -n 40 "$log" >&2; die "Beacon ($setting) not ready within ${READY_TIMEOUT}s"; }
        sleep 0.05
    done
    READY_MS=$((($(date +%s%N) - t0) / 1000000))
    READY_CPU_MS="$(cpu_ms "$STARTED_PID")"
    READY_RSS_MB="$(rss_mb "$STARTED_PID")"
}

# The first start creates the schema and loads the demo; it is reported, not compared.
log "first start (migrations, demo content; log: bench/out/beacon-first.log)"
start_beacon default "$OUT/beacon-first.log"
BEACON_PID="$STARTED_PID"
FIRST_READY_MS="$READY_MS"
log "first start ready after ${READY_MS} ms"
stop_pid "$BEACON_PID" Beacon
BEACON_PID=""

# Start-ups against the existing database, alternating the settings; the last start of each stays up for the load.
: >"$OUT/startups.tsv"
DEFAULT_PID=""
for ((start = 1; start <= STARTS; start++)); do
    for setting in default tuned; do
        # one JVM at a time, except that the last default start stays up (idle) while the last tuned one starts
        stop_pid "$BEACON_PID" Beacon
        (( start == STARTS )) && [[ "$setting" == tuned ]] || stop_pid "$DEFAULT_PID" "Beacon (default)"
        start_beacon "$setting" "$OUT/beacon-$setting.log"
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$start" "$setting" "$READY_MS" "$READY_CPU_MS" "$READY_RSS_MB" \
            "$(cut -d' ' -f1 /proc/loadavg)" >>"$OUT/startups.tsv"
        log "start $start/$STARTS ($setting): ready after ${READY_MS} ms, ${READY_CPU_MS} ms of CPU, RSS ${READY_RSS_MB} MB"
        if [[ "$setting" == default ]]; then DEFAULT_PID="$STARTED_PID"; DEFAULT_URL="$STARTED_URL"
        else BEACON_PID="$STARTED_PID"; BEACON="$STARTED_URL"; fi
    done
done

# ---- 4. the three reads --------------------------------------------------------------------------
get_json() {  # get_json PATH: body on stdout; fails on anything but 200
    local code
    code="$(curl -sS -o "$OUT/probe.json" -w '%{http_code}' "$BEACON$1")" || die "GET $1 failed"
    [[ "$code" == 200 ]] || { cat "$OUT/probe.json" >&2; echo >&2; die "GET $1 answered $code"; }
    cat "$OUT/probe.json"
}
json_field() {  # json_field EXPR < json: prints a Python expression over the parsed document `d`
    python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"
}

ARTICLE_ID="$(get_json '/api/v1/sites/demo/content?type=article&size=1' \
    | json_field "d['items'][0]['id'] if d.get('items') else ''")"
[[ -n "$ARTICLE_ID" ]] || die "the demo site has no published article (GET /api/v1/sites/demo/content?type=article&size=1 returned no items)"

LIST_PATH='/api/v1/sites/demo/content?size=20'
LIST_COUNT="$(get_json "$LIST_PATH" | json_field "len(d.get('items', []))")"
(( LIST_COUNT > 0 )) || die "$LIST_PATH returned no items"

SEARCH_PATH=""
for word in health stress sleep; do
    candidate="/api/v1/sites/demo/content?q=$word&locale=en"
    hits="$(get_json "$candidate" | json_field "len(d.get('items', []))")"
    if (( hits > 0 )); then SEARCH_PATH="$candidate"; SEARCH_WORD="$word"; SEARCH_COUNT="$hits"; break; fi
    log "search '$word' found nothing, trying another word"
done
[[ -n "$SEARCH_PATH" ]] || die "no search word found anything in the demo content"

NAMES=(item list search)
declare -A PATHS=(
    [item]="/api/v1/sites/demo/content/$ARTICLE_ID"
    [list]="$LIST_PATH"
    [search]="$SEARCH_PATH"
)
declare -A LABELS=(
    [item]="one article (id $ARTICLE_ID)"
    [list]="list of 20 (${LIST_COUNT} items)"
    [search]="search \"$SEARCH_WORD\" (${SEARCH_COUNT} hits)"
)

# ---- 5. nginx serving the same bytes -------------------------------------------------------------
for name in "${NAMES[@]}"; do
    code="$(curl -sS -D "$OUT/www/$name.headers" -o "$OUT/www/$name.json" -w '%{http_code}' "$BEACON${PATHS[$name]}")"
    [[ "$code" == 200 ]] || die "GET ${PATHS[$name]} answered $code"
    log "$name: ${PATHS[$name]} -> $(wc -c <"$OUT/www/$name.json") bytes"
done
chmod -R a+rX "$OUT/www"

NGINX_PORT="$(free_port)"
NGINX_URL="http://$HOST:$NGINX_PORT"
cat >"$OUT/nginx/nginx.conf" <<EOF
# Written by bench/run.sh: a static baseline serving the bytes Beacon rendered.
user $(id -un);
worker_processes auto;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    etag on;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $OUT/nginx/tmp-body;
    proxy_temp_path $OUT/nginx/tmp-proxy;
    fastcgi_temp_path $OUT/nginx/tmp-fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp-uwsgi;
    scgi_temp_path $OUT/nginx/tmp-scgi;
    server {
        listen $HOST:$NGINX_PORT;
        root $OUT/www;
        location / { try_files \$uri =404; }
    }
}
EOF
log "starting nginx on $NGINX_URL"
"$NGINX" -p "$OUT/nginx" -e "$OUT/nginx/logs/error.log" -c "$OUT/nginx/nginx.conf" >"$OUT/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
deadline=$((SECONDS + 20))
until curl -sf -o /dev/null "$NGINX_URL/item.json"; do
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$OUT/nginx/logs/error.log" "$OUT/nginx/stdout.log" >&2; die "nginx exited"; }
    (( SECONDS < deadline )) || die "nginx not answering within 20s"
    sleep 0.5
done
for name in "${NAMES[@]}"; do
    curl -sS -o "$OUT/nginx-$name.json" "$NGINX_URL/$name.json"
    cmp -s "$OUT/nginx-$name.json" "$OUT/www/$name.json" || die "nginx does not serve the same bytes for $name"
    rm -f "$OUT/nginx-$name.json"
done

url_for() {  # url_for SERVER NAME
    case "$1" in
        beacon) echo "$BEACON${PATHS[$2]}" ;;
        default) echo "$DEFAULT_URL${PATHS[$2]}" ;;
        *) echo "$NGINX_URL/$2.json" ;;
    esac
}

# ---- facts ---------------------------------------------------------------------------------------
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ "$COMMIT" != unknown ]] && [[ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then
    COMMIT="$COMMIT (with uncommitted changes)"
fi
{
    echo "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "- commit: $COMMIT"
    echo "- nproc: $(nproc)"
    echo "- cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)"
    echo "- memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo unknown)"
    echo "- java: $(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
    echo "- Beacon's first start (empty database: migrations, demo load) until /q/health/ready: ${FIRST_READY_MS} ms"
    echo "- Beacon \"tuned\": ${TUNED_OPTS[*]}, MALLOC_ARENA_MAX=2, QUARKUS_FLYWAY_ACTIVE=false; \"default\": no options$([[ -f "$CDS" ]] || echo "; no AppCDS archive (build with -Dquarkus.package.jar.appcds.enabled=true)")"
    echo "- extra JVM options for both: ${BEACON_BENCH_JAVA_OPTS:-(none)}; OIDC tenant enabled: ${QUARKUS_OIDC_TENANT_ENABLED:-true}"
    echo "- nginx: $("$NGINX" -v 2>&1 | sed 's/^nginx version: //')"
    echo "- wrk: $(wrk -v 2>&1 | head -n1 | awk '{print $2}')"
    echo "- load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- load: wrk --latency -t$THREADS -c$CONNECTIONS -d${DURATION}s per read and server, after a ${WARMUP}s warm-up; rounds: $ROUNDS; client and servers share the same $(nproc) cores"
} >"$OUT/facts.md"
cat "$OUT/facts.md" >&2

# ---- 6. warm-up and measurement ------------------------------------------------------------------
run_wrk() {  # run_wrk SERVER NAME SECONDS OUTFILE: wrk output in OUTFILE, CPU shares in OUTFILE%.txt.cpu.json
    local url pid
    url="$(url_for "$1" "$2")"
    case "$1" in beacon) pid="$BEACON_PID" ;; default) pid="$DEFAULT_PID" ;; *) pid="$NGINX_PID" ;; esac
    # wrk stops by itself after -d; the timeout is a guard in case it hangs.
    python3 "$ROOT/bench/wrk_cpu.py" "$4" "${4%.txt}.cpu.json" $(($3 + 30)) "$pid" -- \
        wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"$3s" --timeout 10s "$url" \
        || { cat "$4" >&2; die "wrk failed against $url"; }
    # the JVM's resident memory right after the load, and its peak so far
    [[ "$1" == nginx ]] || printf '{"rss_mb": %s, "hwm_mb": %s}\n' "$(rss_mb "$pid")" "$(hwm_mb "$pid")" >"${4%.txt}.rss.json"
}

if (( WARMUP > 0 )); then
    for name in "${NAMES[@]}"; do
        for server in beacon default nginx; do
            log "warm-up ${WARMUP}s: $server $name"
            run_wrk "$server" "$name" "$WARMUP" "$OUT/wrk/warmup-$server-$name.txt"
        done
    done
fi

for ((round = 1; round <= ROUNDS; round++)); do
    if (( round % 2 )); then order=(beacon default nginx); else order=(nginx default beacon); fi
    for name in "${NAMES[@]}"; do
        for server in "${order[@]}"; do
            log "round $round/$ROUNDS, ${DURATION}s: $server $name"
            run_wrk "$server" "$name" "$DURATION" "$OUT/wrk/$server-$name-r$round.txt"
        done
    done
done

# ---- 7. table ------------------------------------------------------------------------------------
python3 - "$OUT" "$ROUNDS" "${LABELS[item]}" "${LABELS[list]}" "${LABELS[search]}" \
    "${PATHS[item]}" "${PATHS[list]}" "${PATHS[search]}" <<'PY' >"$OUT/table.md"
import json, os, re, statistics, sys

out, rounds = sys.argv[1], int(sys.argv[2])
NAMES = ["item", "list", "search"]
labels = dict(zip(NAMES, sys.argv[3:6]))
paths = dict(zip(NAMES, sys.argv[6:9]))
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
OTHER_LIMIT = 0.10  # more CPU than this taken by processes outside the benchmark makes a run suspect

def parse(server, name, r):
    path = os.path.join(out, "wrk", f"{server}-{name}-r{r}.txt")
    text = open(path).read()
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M)
    p99 = re.search(r"^\s+99(?:\.000)?%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
    if not rps or not p99:
        sys.exit(f"cannot parse wrk output {path}")
    total = re.search(r"^\s+(\d+) requests in", text, re.M)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    sock = re.search(r"Socket errors:\s+connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sock.groups())) if sock else 0)
    cpu = json.load(open(path[:-len(".txt")] + ".cpu.json"))
    rss_path = path[:-len(".txt")] + ".rss.json"
    rss = json.load(open(rss_path)) if os.path.exists(rss_path) else None
    return {"rps": float(rps.group(1)), "p99": float(p99.group(1)) * UNIT_MS[p99.group(2)],
            "total": int(total.group(1)) if total else 0, "errors": errors, "cpu": cpu, "rss": rss}

def fmt_ms(ms):
    return f"{ms * 1000:.0f} µs" if ms < 1 else f"{ms:.2f} ms"

def pct(x):
    return f"{100 * x:.0f}%"

SERVERS = ["beacon", "default", "nginx"]
runs = {(s, n): [parse(s, n, r) for r in range(1, rounds + 1)] for s in SERVERS for n in NAMES}
def cpu_per_request(run):
    return 1e6 * run["cpu"]["server_cpu_s"] / run["total"] if run["total"] else float("nan")

rows, cpu_rows, notes, jvm_rows = [], [], [], []
for name in NAMES:
    cpu_med = {s: statistics.median(cpu_per_request(r) for r in runs[s, name]) for s in SERVERS}
    cpu_rows.append(f"| {labels[name]} | {cpu_med['beacon']:.0f} | {cpu_med['nginx']:.0f} | "
                    f"{cpu_med['beacon'] / cpu_med['nginx']:.2f} |")
    med = {s: (statistics.median(r["rps"] for r in runs[s, name]), statistics.median(r["p99"] for r in runs[s, name]))
           for s in SERVERS}
    jvm_rows.append(f"| {labels[name]} | {med['default'][0]:,.0f} | {med['beacon'][0]:,.0f} | "
                    f"{med['beacon'][0] / med['default'][0]:.2f} | {cpu_med['default']:.0f} | {cpu_med['beacon']:.0f} | "
                    f"{max(r['rss']['rss_mb'] for r in runs['default', name])} | "
                    f"{max(r['rss']['rss_mb'] for r in runs['beacon', name])} |")
    (b_rps, b_p99), (n_rps, n_p99) = med["beacon"], med["nginx"]
    rows.append(f"| {labels[name]} | {b_rps:,.0f} | {n_rps:,.0f} | {b_rps / n_rps:.2f} | "
                f"{fmt_ms(b_p99)} | {fmt_ms(n_p99)} | {b_p99 / n_p99:.2f} |")
    for s in SERVERS:
        errors = sum(r["errors"] for r in runs[s, name])
        if errors:
            notes.append(f"- {s} {name}: {errors} errors (non-2xx/3xx or socket errors) in "
                         f"{sum(r['total'] for r in runs[s, name]):,} requests")

starts = [line.split("\t") for line in open(os.path.join(out, "startups.tsv")).read().splitlines()]
def start_med(setting, col):
    return statistics.median(int(x[col]) for x in starts if x[1] == setting)
print("Start-up against the existing database (median of each setting's starts; wall time depends on what else the "
      "machine does, the CPU time the JVM used until ready much less):")
print()
print("| JVM setting | ready after (wall) | CPU time until ready | RSS when ready | starts |")
print("| --- | ---: | ---: | ---: | ---: |")
for setting in ["default", "tuned"]:
    n = sum(1 for x in starts if x[1] == setting)
    print(f"| {setting} | {start_med(setting, 2):,.0f} ms | {start_med(setting, 3):,.0f} ms | {start_med(setting, 4):.0f} MB | {n} |")
print()
print("Every start: " + "; ".join(f"{x[1]} {int(x[2]):,} ms wall / {int(x[3]):,} ms CPU / {x[4]} MB (load {x[5]})" for x in starts))
print()
print("Under load, \"tuned\" (the recommended JVM settings) against \"default\" (none), the same build on the same database; "
      "RSS is the resident memory after the read's measured runs (the most over rounds):")
print()
print("| read | default req/s | tuned req/s | tuned/default | default CPU µs/request | tuned CPU µs/request | default RSS MB | tuned RSS MB |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
print("\n".join(jvm_rows))
peak = {s: max(r["rss"]["hwm_mb"] for n in NAMES for r in runs[s, n]) for s in ["default", "beacon"]}
print()
print(f"Peak RSS over the whole run (VmHWM, start-up included): default {peak['default']} MB, tuned {peak['beacon']} MB.")
print()
print("Beacon (tuned) against nginx serving the same bytes:")
print()
print("| read | Beacon req/s | nginx req/s | Beacon/nginx req/s | Beacon p99 | nginx p99 | Beacon/nginx p99 |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
print("\n".join(rows))
print()
print("CPU time the server process spent per request (user + system, all threads; µs), which depends less "
      "on what else the machine is doing than req/s does:")
print()
print("| read | Beacon CPU/request | nginx CPU/request | Beacon/nginx |")
print("| --- | ---: | ---: | ---: |")
print("\n".join(cpu_rows))
print()
if rounds > 1:
    print(f"Medians over {rounds} rounds; the order of the servers alternated between rounds.\n")
print("Reads:")
for name in NAMES:
    size = os.path.getsize(os.path.join(out, "www", f"{name}.json"))
    print(f"- {name}: `GET {paths[name]}` ({size:,} bytes; nginx serves the same bytes as `/{name}.json`)")
print()
print("\n".join(notes) if notes else "No errors: every response was 2xx/3xx and there were no socket errors.")
print()
print("Every run, with where the CPU went (shares of all cores over the run: the server under test, wrk, "
      "kernel interrupt/softirq time (loopback TCP), other processes on the machine, idle):")
print()
print("| round | read | server | req/s | p99 | server CPU µs/request | server CPU | wrk CPU | irq CPU | other CPU | idle |")
print("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
suspect = 0
for r in range(1, rounds + 1):
    order = ["beacon", "default", "nginx"] if r % 2 else ["nginx", "default", "beacon"]
    for name in NAMES:
        for s in order:
            run, cpu = runs[s, name][r - 1], runs[s, name][r - 1]["cpu"]
            flag = " ⚠" if cpu["other"] > OTHER_LIMIT else ""
            suspect += bool(flag)
            per_req = 1e6 * cpu["server_cpu_s"] / run["total"] if run["total"] else 0
            print(f"| {r} | {name} | {s} | {run['rps']:,.0f} | {fmt_ms(run['p99'])} | {per_req:.0f} | {pct(cpu['server'])} | "
                  f"{pct(cpu['wrk'])} | {pct(cpu.get('irq', 0))} | {pct(cpu['other'])}{flag} | {pct(cpu['idle'])} |")
print()
if suspect:
    print(f"**Warning:** in {suspect} of {3 * 3 * rounds} runs, processes outside the benchmark used more than "
          f"{pct(OTHER_LIMIT)} of the CPU (⚠): those numbers measure contention too. Re-run on a quiet machine.")
else:
    print(f"No run lost more than {pct(OTHER_LIMIT)} of the CPU to processes outside the benchmark.")
PY

# ---- 8. stop what was started (the EXIT trap covers failures) --------------------------------------
stop_pid "$NGINX_PID" nginx
NGINX_PID=""
stop_pid "$BEACON_PID" Beacon
BEACON_PID=""
stop_pid "$DEFAULT_PID" "Beacon (default)"
DEFAULT_PID=""

{
    echo "# Beacon delivery reads: start-up, memory, req/s with default and tuned JVM settings, vs nginx (static bytes)"
    echo
    cat "$OUT/facts.md"
    echo
    cat "$OUT/table.md"
    for setting in default tuned; do
        log_file="$OUT/beacon-$setting.log"
        echo
        echo "Beacon log (bench/out/beacon-$setting.log, its last start): $(grep -cE '^[0-9-]+ [0-9:,]+ (WARN|ERROR) ' "$log_file" || true) WARN/ERROR lines, shut-down included."
        grep -E '^[0-9-]+ [0-9:,]+ (WARN|ERROR) ' "$log_file" | cut -c1-300 | head -n 20 | sed 's/^/    /' || true
    done
} >"$OUT/results.md"

echo
cat "$OUT/results.md"
echo
echo "Results: $OUT/results.md; raw wrk output: $OUT/wrk/"
