#!/usr/bin/env python3
"""The scale benchmark's driver (bench/scale/run.sh calls it; see bench/scale/README.md).

For each size N it tops the `scale` site up to N published articles (seed.py), starts Beacon with the response
cache off, runs wrk against every read for BENCH_DURATION seconds after BENCH_WARMUP seconds of warm-up, records
where the CPU went (Beacon's JVM, the PostgreSQL backends of the bench database, wrk, everything else), stops
Beacon, and at the end prints one table per N and the growth from the smallest to the largest N.
"""
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import seed  # noqa: E402  (the vocabulary and tags the articles were written with)

OUT = os.path.join(HERE, "out")
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "1000 10000 100000").split()]
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "3"))
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "64"))
DB = os.environ.get("BENCH_DB", "beacon_scale")
HOST = "127.0.0.1"
PSQL = ["psql", "-h", HOST, "-U", "postgres", "-d", DB]
JAR = os.environ.get("BEACON_BENCH_JAR") or os.path.join(ROOT, "api", "target", "quarkus-app", "quarkus-run.jar")
LABEL = os.environ.get("BENCH_LABEL", "run")
TICK = os.sysconf("SC_CLK_TCK")
API = "/api/v1/sites/scale"


def log(msg):
    print(f"[scale {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def psql(sql, db=True):
    cmd = PSQL if db else ["psql", "-h", HOST, "-U", "postgres", "-d", "postgres"]
    return subprocess.run(cmd + ["-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, capture_output=True,
                          text=True).stdout.strip()


def free_port():
    s = socket.socket()
    s.bind((HOST, 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Beacon:
    def __init__(self, name):
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        env = dict(os.environ,
                   QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://{HOST}:5432/{DB}",
                   QUARKUS_DATASOURCE_USERNAME="postgres",
                   QUARKUS_HTTP_PORT=str(self.port), QUARKUS_HTTP_HOST=HOST,
                   BEACON_DEMO_ENABLED="true",
                   # the response cache off: every read below is a cache miss
                   BEACON_DELIVERY_CACHE_BYTES="0")
        env.setdefault("QUARKUS_OIDC_TENANT_ENABLED", "false")
        self.log = open(os.path.join(OUT, f"beacon-{name}.log"), "w")
        opts = os.environ.get("BEACON_BENCH_JAVA_OPTS", "").split()
        self.proc = subprocess.Popen(["java", *opts, "-jar", JAR], stdout=self.log, stderr=subprocess.STDOUT, env=env)
        started = time.time()
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"Beacon exited during start-up: see {self.log.name}")
            if time.time() - started > 1200:  # a first start may migrate 100,000 rows
                self.proc.kill()
                raise SystemExit(f"Beacon not ready within 1200 s: see {self.log.name}")
            try:
                if urllib.request.urlopen(self.base + "/q/health/ready", timeout=5).status == 200:
                    break
            except Exception:
                pass
            time.sleep(1)
        log(f"Beacon ready on {self.base} after {time.time() - started:.0f}s")

    def get(self, path):
        with urllib.request.urlopen(self.base + path, timeout=120) as r:
            return json.load(r)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


def prepare_database():
    log(f"fresh database {DB} on {HOST}:5432")
    psql(f"DROP DATABASE IF EXISTS {DB}", db=False)
    psql(f"CREATE DATABASE {DB}", db=False)
    beacon = Beacon("migrate")  # Flyway creates the schema; the demo content brings a site to copy settings from
    beacon.stop()
    psql("""INSERT INTO site (slug, name, locales, settings, version, created_at, updated_at)
            SELECT 'scale', 'Scale', jsonb_path_query_array(locales, '$[*] ? (@.code != "pt-BR")'), settings, 0,
                   now(), now()
            FROM site WHERE slug = 'demo'""")


def q(word):
    return urllib.parse.quote(word)


def reads(beacon):
    """(name, request paths) for every measured read at the current size."""
    site = psql("SELECT id FROM site WHERE slug = 'scale'")
    ids = psql(f"SELECT item_id FROM published_content WHERE site_id = {site} AND type = 'article' AND locale = 'en'"
               f" ORDER BY md5(item_id::text) LIMIT 500").split()
    paths = psql(f"""WITH RECURSIVE up AS (
            SELECT p.item_id AS leaf, p.parent_id, '/' || p.slug AS path FROM published_content p
            WHERE p.item_id IN ({','.join(ids)}) AND p.locale = 'en'
            UNION ALL SELECT up.leaf, q.parent_id, '/' || q.slug || up.path FROM up
            JOIN published_content q ON q.item_id = up.parent_id AND q.locale = 'en')
        SELECT path FROM up WHERE parent_id IS NULL""").split()
    top = psql("SELECT item_id FROM bench_seed_key WHERE key = 's0'")
    first = f"{API}/content?type=article"
    page1 = beacon.get(first)
    # page 500, or the last page when there are fewer; a total counted only up to the limit means there are more
    deep_page = 500 if page1.get("totalExact") is False else max(1, min(500, page1.get("totalPages", 1)))
    if "nextCursor" in page1:
        # the cursor equivalent of page 500: the page after the last item of page 499
        before = beacon.get(f"{first}&page={deep_page - 1}") if deep_page > 1 else None
        deep = (f"{first}&after={q(before['nextCursor'])}" if before and before.get("nextCursor") else first,
                f"cursor after page {deep_page - 1}")
    else:
        deep = (f"{first}&page={deep_page}", f"page {deep_page}")
    en, pt = seed.EN, seed.PT
    return [
        ("item by id", [f"{API}/content/{i}" for i in ids], None),
        ("item by path", [f"{API}/paths{p[0:]}" for p in paths], None),
        ("list, first page", [first], first),
        (f"list, deep ({deep[1]})", [deep[0]], deep[0]),
        ("tag filter", [f"{API}/content?tag={seed.TAGS[3]}"], f"{API}/content?tag={seed.TAGS[3]}"),
        ("descendantOf section", [f"{API}/content?descendantOf={top}"], f"{API}/content?descendantOf={top}"),
        *[(f"search en {kind}", [f"{API}/content?locale=en&q={q(w)}"], f"{API}/content?locale=en&q={q(w)}")
          for kind, w in (("rare", en[20000]), ("medium", en[300]), ("common", en[0]))],
        *[(f"search pt {kind}", [f"{API}/content?locale=pt&q={q(w)}"], f"{API}/content?locale=pt&q={q(w)}")
          for kind, w in (("rare", pt[20000]), ("medium", pt[300]), ("common", pt[0]))],
    ]


def probe_total(beacon, path):
    """The list's totalItems, once the server has worked off the previous run's backlog (None if it cannot)."""
    for attempt in range(6):
        try:
            page = beacon.get(path)
            return page.get("totalItems") if page.get("totalExact", True) else f"> {page.get('totalItems'):,}"
        except Exception as e:  # noqa: BLE001  (a 500 from a pool still busy with the last run's requests)
            log(f"probe {path}: {e}; retrying")
            time.sleep(5)
    return None


def ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError):
        return 0


def db_backends():
    """PostgreSQL backends serving the bench database (their process title names it)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    if f" {DB} ".encode() in f.read().replace(b"\0", b" ") + b" ":
                        found.append(int(entry))
            except OSError:
                pass
    return found


def machine():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:9]]
    return sum(v[:3]) + v[5] + v[6], v[3] + v[4] + v[7]


def wrk(beacon, paths, seconds, name):
    list_file = os.path.join(OUT, "paths.txt")
    with open(list_file, "w") as f:
        f.write("\n".join(paths) + "\n")
    env = dict(os.environ, BENCH_PATHS=list_file)
    cmd = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "60s", "--latency",
           "-s", os.path.join(HERE, "paths.lua"), beacon.base]
    backends = db_backends()
    jvm0, pg0 = ticks(beacon.proc.pid), sum(ticks(p) for p in backends)
    busy0, idle0 = machine()
    ru0 = os.times()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=seconds + 120).stdout
    ru1 = os.times()
    busy1, idle1 = machine()
    jvm1, pg1 = ticks(beacon.proc.pid), sum(ticks(p) for p in backends)
    with open(os.path.join(OUT, "wrk", f"{name}.txt"), "w") as f:
        f.write(out)
    cap = ((busy1 - busy0) + (idle1 - idle0)) or 1
    wrk_t = (ru1.children_user - ru0.children_user + ru1.children_system - ru0.children_system) * TICK
    return out, {"jvm": (jvm1 - jvm0) / cap, "db": (pg1 - pg0) / cap, "wrk": wrk_t / cap,
                 "other": max(0, (busy1 - busy0) - (jvm1 - jvm0) - (pg1 - pg0) - wrk_t) / cap,
                 "idle": (idle1 - idle0) / cap, "jvm_s": (jvm1 - jvm0) / TICK, "db_s": (pg1 - pg0) / TICK}


def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def parse(out):
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    lat = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    total = re.search(r"(\d+) requests in", out)

    def latency(s):
        m = re.match(r"([\d.]+)(us|ms|s|m)$", s)
        return ms(*m.groups()) if m else None

    done = int(total.group(1)) if total else 0
    return {"rps": float(rps.group(1)) if rps else 0.0, "p50": latency(lat.get("50", "")) if done else None,
            "p99": latency(lat.get("99", "")) if done else None, "requests": done,
            "non2xx": int(non2xx.group(1)) if non2xx else 0, "errors": errors.group(1) if errors else ""}


def fmt_ms(v):
    return "none answered" if v is None else f"{v:,.1f} ms" if v >= 1 else f"{v * 1000:,.0f} µs"


def main():
    os.makedirs(os.path.join(OUT, "wrk"), exist_ok=True)
    results = {"label": LABEL, "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
               "commit": subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                                        text=True).stdout.strip(),
               "nproc": os.cpu_count(), "threads": THREADS, "connections": CONNECTIONS, "duration": DURATION,
               "sizes": {}}
    if os.environ.get("BENCH_REUSE_DB") == "1":
        log(f"reusing the database {DB} (migrated by Beacon's start if the schema is older)")
        previous = os.path.join(OUT, f"results-{LABEL}.json")
        if os.path.exists(previous):
            with open(previous) as f:
                results["sizes"] = json.load(f)["sizes"]
    else:
        prepare_database()
    for n in SIZES:
        subprocess.run([sys.executable, os.path.join(HERE, "seed.py"), "--psql", " ".join(PSQL), "--articles", str(n)],
                       check=True)  # tops up, or trims the newest articles when measuring sizes downwards
        beacon = Beacon(str(n))
        try:
            rows = []
            load_before = os.getloadavg()
            for name, paths, probe in reads(beacon):
                hits = probe_total(beacon, probe) if probe else None
                slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
                if WARMUP:
                    wrk(beacon, paths, WARMUP, f"{n}-{slug}-warmup")
                out, cpu = wrk(beacon, paths, DURATION, f"{n}-{slug}")
                r = parse(out)
                r.update(read=name, hits=hits, cpu=cpu)
                rows.append(r)
                log(f"N={n} {name}: {r['rps']:.0f} req/s, p50 {fmt_ms(r['p50'])}, p99 {fmt_ms(r['p99'])}"
                    f" (JVM {cpu['jvm']:.0%}, db {cpu['db']:.0%}, wrk {cpu['wrk']:.0%}, other {cpu['other']:.0%})")
            results["sizes"][str(n)] = {"rows": rows, "load_before": load_before, "load_after": os.getloadavg()}
            with open(os.path.join(OUT, f"results-{LABEL}.json"), "w") as f:  # after every size: a crash keeps them
                json.dump(results, f, indent=1)
        finally:
            beacon.stop()
    report = table(results)
    with open(os.path.join(OUT, f"results-{LABEL}.md"), "w") as f:
        f.write(report)
    print(report)


def cpu_per_request(r):
    """Beacon's and its database's CPU per answered request, in ms: robust against other load on the machine."""
    return (r["cpu"]["jvm_s"] + r["cpu"]["db_s"]) * 1000 / r["requests"] if r["requests"] else None


def per_request(seconds, r):
    return f"{seconds * 1000 / r['requests']:.2f}" if r["requests"] else "–"


def table(results):
    lines = [f"## {results['label']}: {results['started']}, commit {results['commit']}, {results['nproc']} cores,"
             f" wrk -t{results['threads']} -c{results['connections']} -d{results['duration']}s, response cache off",
             ""]
    sizes = sorted(results["sizes"], key=int)
    for n in sizes:
        s = results["sizes"][n]
        lines += [f"### {int(n):,} articles (load average {s['load_before'][0]:.1f} before,"
                  f" {s['load_after'][0]:.1f} after)", "",
                  "| read | matches | req/s | p50 | p99 | CPU ms/request: JVM | database | machine: JVM | database"
                  " | wrk | other | non-2xx |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for r in s["rows"]:
            c = r["cpu"]
            if not r["requests"]:
                r["p50"] = r["p99"] = None  # no request answered within the run
            hits = "" if r["hits"] is None else r["hits"] if isinstance(r["hits"], str) else f"{r['hits']:,}"
            lines.append(f"| {r['read']} | {hits} | {r['rps']:,.0f} | {fmt_ms(r['p50'])} | {fmt_ms(r['p99'])} |"
                         f" {per_request(c['jvm_s'], r)} | {per_request(c['db_s'], r)} |"
                         f" {c['jvm']:.0%} | {c['db']:.0%} | {c['wrk']:.0%} | {c['other']:.0%} | {r['non2xx']} |")
        lines.append("")
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        lines += [f"### Growth from {int(a):,} to {int(b):,} articles", "",
                  f"| read | p50 at {int(a):,} | p50 at {int(b):,} | p50 × | p99 × | req/s × | CPU/request × |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for ra, rb in zip(results["sizes"][a]["rows"], results["sizes"][b]["rows"]):
            def ratio(x, y):
                return f"{y / x:.2f}" if x and y else "–"
            lines.append(f"| {rb['read']} | {fmt_ms(ra['p50'])} | {fmt_ms(rb['p50'])} | {ratio(ra['p50'], rb['p50'])} |"
                         f" {ratio(ra['p99'], rb['p99'])} | {ratio(ra['rps'], rb['rps'])} |"
                         f" {ratio(cpu_per_request(ra), cpu_per_request(rb))} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--table":  # re-render the tables of a saved run
        with open(sys.argv[2]) as f:
            print(table(json.load(f)))
    else:
        main()
