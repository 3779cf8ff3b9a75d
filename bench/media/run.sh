#!/usr/bin/env bash
# Media benchmark: see bench/media/README.md. Starts the packaged api (demo content, its own embedded PostgreSQL
# under bench/out/), then (1) uploads a 12-megapixel photo and times making each of its renditions (first request:
# decode, crop, scale, fit the budget, store), and (2) serves one demo rendition hot (from the api's memory)
# against nginx serving the same bytes as a static file, with wrk. Loopback only; everything it starts, it stops.
#   bench/media/run.sh                          build, then measure
#   BEACON_BENCH_SKIP_BUILD=1 BENCH_DURATION=15 bench/media/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/bench/out/media
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-10}
API_PORT=${BENCH_API_PORT:-18580}
NGINX_PORT=${BENCH_NGINX_PORT:-18581}
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
if ((${#missing[@]})); then apt-get install -y "${missing[@]}" >/dev/null; fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
if [ "${BEACON_BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -q -B -DskipTests package -pl api -am
fi
rm -rf "$OUT"
mkdir -p "$OUT/www" "$OUT/nginx/logs"
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT INT TERM
BEACON_DEMO_ENABLED=true QUARKUS_HTTP_PORT=$API_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  BEACON_EMBEDDED_DB_DATA_DIR="$OUT/pgdata" QUARKUS_LOG_LEVEL=WARN \
  java -jar api/target/quarkus-app/quarkus-run.jar > "$OUT/api.log" 2>&1 &
pids+=($!)
API=http://127.0.0.1:$API_PORT
for _ in $(seq 1 300); do
  curl -fs "$API/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "api stopped; see $OUT/api.log"; tail -20 "$OUT/api.log"; exit 1; }
  sleep 1
done
TOKEN=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"eddie"}' "$API/api/v1/demo/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

# ---- 1. renditions of a 12-megapixel photo -------------------------------------------------------------
java bench/media/MakePhoto.java "$OUT/photo-12mp.jpg"
start=$(date +%s%N)
curl -fs -H "Authorization: Bearer $TOKEN" -F "file=@$OUT/photo-12mp.jpg" \
  -F 'metadata={"title":"12 MP bench photo","alt":{"en":"bench"}};type=application/json' \
  "$API/api/v1/manage/sites/demo/media" > "$OUT/photo.json"
upload_ms=$(( ($(date +%s%N) - start) / 1000000 ))
python3 - "$OUT/photo.json" "$API" "$OUT/make.tsv" <<'PY'
import json, sys, time, urllib.request
asset = json.load(open(sys.argv[1]))
rows = []
total = 0.0
for r in asset["renditions"]:
    t = time.perf_counter()
    body = urllib.request.urlopen(sys.argv[2] + r["url"]).read()
    ms = (time.perf_counter() - t) * 1000
    total += ms
    rows.append(f'{r["width"]}\t{r["format"]}\t{len(body)}\t{r["maxBytes"]}\t{ms:.0f}')
open(sys.argv[3], "w").write("width\tformat\tbytes\tbudget\tms\n" + "\n".join(rows) + f"\ntotal\t\t\t\t{total:.0f}\n")
PY

# ---- 2. a hot rendition: Beacon vs nginx serving the same bytes ----------------------------------------
URL=$(curl -fs "$API/api/v1/manage/sites/demo/media?tag=demo&size=1" -H "Authorization: Bearer $TOKEN" \
  | python3 -c 'import json,sys; r=json.load(sys.stdin)["items"][0]["renditions"]; print([x["url"] for x in r if x["width"]==320 and x["format"]=="webp"][0])')
curl -fs -o "$OUT/www/rendition.webp" "$API$URL"
cat >"$OUT/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    etag on;
    types { image/webp webp; }
    client_body_temp_path $OUT/nginx/tmp-body;
    proxy_temp_path $OUT/nginx/tmp-proxy;
    fastcgi_temp_path $OUT/nginx/tmp-fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp-uwsgi;
    scgi_temp_path $OUT/nginx/tmp-scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $OUT/www;
        add_header Cache-Control "public, max-age=31536000, immutable";
    }
}
CONF
"$NGINX" -p "$OUT/nginx" -e "$OUT/nginx/logs/error.log" -c "$OUT/nginx/nginx.conf" > "$OUT/nginx/stdout.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 20); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/rendition.webp" && break; sleep 1; done
curl -fs -o "$OUT/nginx.webp" "http://127.0.0.1:$NGINX_PORT/rendition.webp"
cmp -s "$OUT/nginx.webp" "$OUT/www/rendition.webp" || { echo "nginx does not serve the same bytes"; exit 1; }
for target in "beacon $API$URL" "nginx http://127.0.0.1:$NGINX_PORT/rendition.webp"; do
  set -- $target
  wrk -t2 -c32 -d"${WARMUP}s" "$2" > /dev/null
  wrk --latency -t2 -c32 -d"${DURATION}s" "$2" > "$OUT/wrk-$1.txt"
done
python3 - "$OUT" "$upload_ms" "$(stat -c %s "$OUT/www/rendition.webp")" "$(cat /proc/loadavg)" <<'PY'
import re, sys
out, upload_ms, size, load = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
def parse(name):
    text = open(f"{out}/wrk-{name}.txt").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
    ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    return rps, ms
b, n = parse("beacon"), parse("nginx")
print(f"# Media benchmark (load average at the end: {load})\n")
print(f"Upload of the 12-megapixel JPEG (inspect, decode, re-encode, store): {upload_ms} ms\n")
print("Making each rendition on its first request (decode subsampled, crop, scale, fit the budget, store):\n")
print("| width | format | bytes | budget | ms |\n|---|---|---|---|---|")
for line in open(f"{out}/make.tsv").read().splitlines()[1:]:
    print("| " + " | ".join(line.split("\t")) + " |")
print(f"\nA hot 320 px WebP rendition ({size} bytes), wrk -t2 -c32 -d: \n")
print("| server | req/s | p99 ms |\n|---|---|---|")
print(f"| Beacon | {b[0]:.0f} | {b[1]:.1f} |\n| nginx | {n[0]:.0f} | {n[1]:.1f} |")
print(f"| Beacon/nginx | {b[0]/n[0]:.2f} | {b[1]/n[1]:.2f} |")
PY
