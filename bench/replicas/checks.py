"""What must hold across replicas, checked against the processes bench/replicas/run.sh started; prints Markdown.

Exits 1 when a check fails. Every loop has a deadline. Settings come from the environment run.sh exports.
"""

import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

ENV = os.environ
API_A, API_B = ENV["API_A"], ENV["API_B"]
WEB_1, WEB_2 = ENV["WEB_1"], ENV["WEB_2"]
EDITOR, WEB = ENV["EDITOR_TOKEN"], ENV["WEB_TOKEN"]
OUT = ENV["BENCH_OUT"]
SITE = "demo"
POLL = None  # the demo's single-choice poll (found at start)
CHOICES = []
COMMENTED = None  # the demo article "What consent means", whose comments are open
FRESH_WITHIN = 1.0

failures = []
lines = []


def out(text=""):
    lines.append(text)


def check(ok, what):
    out(f"- {'PASS' if ok else '**FAIL**'}: {what}")
    if not ok:
        failures.append(what)


def request(base, method, path, body=None, headers=None, timeout=30):
    """(status, headers, body bytes); never follows redirects."""
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        data = body if body is None or isinstance(body, bytes) else json.dumps(body).encode()
        h = dict(headers or {})
        if data is not None and "Content-Type" not in h:
            h["Content-Type"] = "application/json"
        conn.request(method, path, body=data, headers=h)
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def staff(base, method, path, body=None):
    return request(base, method, path, body, {"Authorization": "Bearer " + EDITOR})


def person(base, method, path, subject, body=None):
    return request(base, method, path, body, {"Authorization": "Bearer " + WEB, "Beacon-Subject": subject})


def expect(result, status, what):
    if result[0] != status:
        raise RuntimeError(f"{what}: expected {status}, got {result[0]}: {result[2][:300]!r}")
    return json.loads(result[2]) if result[2] else None


def subject(kind):
    return f"web:bench-{kind}-{uuid.uuid4().hex[:10]}"


def psql(sql):
    return subprocess.run(["psql", "-qtAX", "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


# ---- freshness -----------------------------------------------------------------------------------------------------
def until(deadline_s, read, want):
    """Seconds from now until read() contains want, or None after deadline_s."""
    start = time.monotonic()
    while time.monotonic() - start < deadline_s:
        if want in read():
            return time.monotonic() - start
        time.sleep(0.01)
    return None


def freshness():
    out("## Published through api-a, served by api-b and web-2 (which reads through api-b)")
    out()
    base = f"/api/v1/manage/sites/{SITE}/content"
    content = lambda title: {"title": title, "slug": "replicas", "tags": ["bench"],
                             "body": [{"type": "paragraph", "markdown": "Two replicas, one truth."}]}
    item = expect(staff(API_A, "POST", base, {"type": "article", "translation": {"locale": "en",
                                                                                "content": content("Fresh 0")}}),
                  201, "create an article through api-a")
    ident = item["id"]
    expect(staff(API_A, "POST", f"{base}/{ident}/translations/en/publish", {}), 200, "publish through api-a")
    api_read = lambda: request(API_B, "GET", f"/api/v1/sites/{SITE}/content/{ident}")[2].decode()
    path = None
    api_lag, web_lag = [], []
    rounds = 5
    for n in range(1, rounds + 1):
        first = until(5, api_read, f'"Fresh {n - 1}"')
        if first is None:
            raise RuntimeError(f"api-b never served round {n - 1}")
        path = path or json.loads(api_read())["path"]
        web_read = lambda: request(WEB_2, "GET", f"/s/{SITE}/c{path}")[2].decode()
        until(5, web_read, f"Fresh {n - 1}")
        for _ in range(3):  # both replicas now hold the old version in their caches
            api_read(), web_read()
        expect(staff(API_A, "PUT", f"{base}/{ident}/translations/en", content(f"Fresh {n}")), 200, "save")
        expect(staff(API_A, "POST", f"{base}/{ident}/translations/en/publish", {}), 200, "publish")
        published = time.monotonic()
        seen = {}
        while len(seen) < 2 and time.monotonic() - published < 5:
            if "api" not in seen and f'"Fresh {n}"' in api_read():
                seen["api"] = time.monotonic() - published
            if "web" not in seen and f"Fresh {n}" in web_read():
                seen["web"] = time.monotonic() - published
            time.sleep(0.01)
        api_lag.append(seen.get("api"))
        web_lag.append(seen.get("web"))
    ok_api = all(x is not None and x <= FRESH_WITHIN for x in api_lag)
    ok_web = all(x is not None and x <= FRESH_WITHIN for x in web_lag)
    fmt = lambda xs: ", ".join("never" if x is None else f"{x * 1000:.0f} ms" for x in xs)
    check(ok_api, f"api-b served each of {rounds} publishes of api-a within {FRESH_WITHIN:.0f} s: {fmt(api_lag)}")
    check(ok_web, f"web-2 showed them within {FRESH_WITHIN:.0f} s of the publish: {fmt(web_lag)}")
    out()


# ---- one vote per person, PIN lock-out, rate limits ----------------------------------------------------------------
def votes():
    out("## One vote per person, PIN lock-out and rate limits, across replicas")
    out()
    who = subject("vote")
    first = person(API_A, "POST", f"/api/v1/sites/{SITE}/polls/{POLL}/votes", who, {"choices": [CHOICES[0]]})[0]
    second = person(API_B, "POST", f"/api/v1/sites/{SITE}/polls/{POLL}/votes", who, {"choices": [CHOICES[1]]})[0]
    check(first == 201 and second == 409, f"a vote through api-a, then the same person's through api-b: {first}, {second}")

    # The same person votes through both replicas at the same instant, twenty times over.
    people = [subject("race") for _ in range(20)]
    results = {}

    def vote(base, who):
        results[(base, who)] = person(base, "POST", f"/api/v1/sites/{SITE}/polls/{POLL}/votes", who,
                                      {"choices": [CHOICES[0]]})[0]

    for who in people:
        person(API_A, "GET", f"/api/v1/sites/{SITE}/me", who)  # the profile exists before the race
    threads = [threading.Thread(target=vote, args=(base, who)) for who in people for base in (API_A, API_B)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    won = sum(1 for who in people if sorted([results.get((API_A, who)), results.get((API_B, who))]) == [201, 409])
    subjects = ",".join("'" + p + "'" for p in people)
    rows = int(psql(f"SELECT count(*) FROM poll_vote v JOIN channel_identity i ON i.profile_id = v.profile_id "
                    f"WHERE v.poll_id = {POLL} AND i.channel || ':' || i.external_id IN ({subjects})"))
    check(won == len(people) and rows == len(people),
          f"{len(people)} people each voting through api-a and api-b at once: {won} got exactly one 201 and one 409; "
          f"{rows} votes stored")

    # PIN lock-out: wrong PINs alternate between the replicas; the lock holds on both.
    owner = subject("pin")
    alias = "Pin" + uuid.uuid4().hex[:8]
    expect(person(API_A, "PUT", f"/api/v1/sites/{SITE}/me", owner, {"alias": alias}), 200, "set an alias")
    expect(person(API_A, "PUT", f"/api/v1/sites/{SITE}/me/pin", owner,
                  {"pin": "4321", "securityQuestion": "favourite-food", "securityAnswer": "rice"}), 200, "set a PIN")
    statuses = []
    for attempt in range(5):
        base = API_A if attempt % 2 == 0 else API_B
        statuses.append(person(base, "POST", f"/api/v1/sites/{SITE}/sign-in", subject("guess"),
                               {"alias": alias, "pin": "0000"})[0])
    right_a = person(API_A, "POST", f"/api/v1/sites/{SITE}/sign-in", subject("guess"), {"alias": alias, "pin": "4321"})
    right_b = person(API_B, "POST", f"/api/v1/sites/{SITE}/sign-in", subject("guess"), {"alias": alias, "pin": "4321"})
    locked = b"/locked" in right_a[2] and b"/locked" in right_b[2]
    check(statuses[-1] == 423 and right_a[0] == 423 and right_b[0] == 423 and locked,
          f"five wrong PINs alternating api-a/api-b answer {statuses}; then the right PIN is refused as locked on "
          f"both: {right_a[0]}, {right_b[0]}")

    # Rate limit: the demo site allows 5 comments a minute per person; the sixth, whichever replica, is refused.
    writer = subject("comment")
    expect(person(API_A, "PUT", f"/api/v1/sites/{SITE}/me", writer, {"alias": "Rl" + uuid.uuid4().hex[:8]}), 200,
           "set an alias")
    statuses = []
    for n in range(6):
        base = API_A if n % 2 == 0 else API_B
        statuses.append(person(base, "POST", f"/api/v1/sites/{SITE}/content/{COMMENTED}/comments", writer,
                               {"text": f"Comment number {n + 1} from the replicas bench"})[0])
    check(statuses == [201] * 5 + [429],
          f"six comments in a minute alternating api-a/api-b (limit 5 a minute): {statuses}")
    out()


# ---- a mobi-site session on either replica -------------------------------------------------------------------------
def session():
    out("## A mobi-site session works on either replica")
    out()
    status, headers, body = request(WEB_1, "GET", f"/s/{SITE}/polls/{POLL}")
    cookie = headers.get("set-cookie", "").split(";")[0]
    csrf = re.search(rb'name="_csrf" value="([^"]+)"', body)
    if status != 200 or not cookie or not csrf:
        check(False, f"web-1's poll page starts a session with a form token (status {status}, cookie {bool(cookie)})")
        return
    form = urllib.parse.urlencode({"_csrf": csrf.group(1).decode(), "choice": CHOICES[0]}).encode()
    before = int(psql(f"SELECT count(*) FROM poll_vote WHERE poll_id = {POLL}"))
    posted = request(WEB_2, "POST", f"/s/{SITE}/polls/{POLL}", form,
                     {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    after = int(psql(f"SELECT count(*) FROM poll_vote WHERE poll_id = {POLL}"))
    again = request(WEB_1, "POST", f"/s/{SITE}/polls/{POLL}", form,
                    {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
    check(posted[0] == 303 and after == before + 1 and again[0] == 409,
          f"a session and form token from web-1 vote on web-2 ({posted[0]}, {after - before} vote stored); the same "
          f"session voting again on web-1 is the same person ({again[0]})")
    out()


# ---- req/s: one replica of each against two ------------------------------------------------------------------------
def wrk(url, seconds, name):
    path = os.path.join(OUT, "wrk", name + ".txt")
    with open(path, "w") as f:
        subprocess.run(["wrk", "--latency", "-t" + ENV["BENCH_THREADS"], "-c" + ENV["BENCH_CONNECTIONS"],
                        f"-d{seconds}s", "--timeout", "10s", url], stdout=f, check=True, timeout=seconds + 60)
    text = open(path).read()
    rps = float(re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M).group(1))
    p99 = re.search(r"^\s+99(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    return rps, p99_ms, int(bad.group(1)) if bad else 0


def throughput():
    out("## Requests per second: one replica of each against two, on the same machine")
    out()
    item = json.loads(request(API_A, "GET", f"/api/v1/sites/{SITE}/content?type=article&size=1")[2])["items"][0]
    reads = [
        ("api: one article", "/api/v1/sites/demo/content/%d" % item["id"], ENV["LB_API_ONE"], ENV["LB_API_TWO"]),
        ("api: list of 20", "/api/v1/sites/demo/content?size=20", ENV["LB_API_ONE"], ENV["LB_API_TWO"]),
        ("mobi-site: article page", "/s/demo/c" + item["path"], ENV["LB_WEB_ONE"], ENV["LB_WEB_TWO"]),
    ]
    warm, dur = int(ENV["BENCH_WARMUP"]), int(ENV["BENCH_DURATION"])
    out("| read | one replica req/s | two replicas req/s | two/one | p99 one | p99 two |")
    out("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, path, one, two in reads:
        results = []
        for n, base in enumerate((one, two)):
            if warm:
                wrk(base + path, warm, f"warmup-{label[:3]}-{n + 1}")
            results.append(wrk(base + path, dur, f"{label.split(':')[0]}-{re.sub('[^a-z0-9]+', '-', label)}-{n + 1}"))
        (r1, p1, b1), (r2, p2, b2) = results
        out(f"| {label} | {r1:,.0f} | {r2:,.0f} | {r2 / r1:.2f} | {p1:.1f} ms | {p2:.1f} ms |")
        if b1 or b2:
            failures.append(f"{label}: non-2xx answers under load ({b1}, {b2})")
            out(f"| | **{b1} / {b2} non-2xx answers** | | | | |")
    out()
    out("web-1 reads through api-a and web-2 through api-b, so \"two\" for the mobi-site is two of each. Every process "
        "shares the same two cores with wrk and nginx: a second replica adds no CPU here, it only shares it.")
    out()


# ---- kill an api replica under write load --------------------------------------------------------------------------
def kill_under_load():
    out("## Killing api-b under write load")
    out()
    seconds = int(ENV["BENCH_KILL_SECONDS"])
    base = ENV["LB_API_TWO"]
    acked, refused, failed = [], [], []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def writer(worker):
        n = 0
        while time.monotonic() < stop:
            who = f"web:bench-kill-{worker}-{n}-{uuid.uuid4().hex[:6]}"
            n += 1
            try:
                status = person(base, "POST", f"/api/v1/sites/{SITE}/polls/{POLL}/votes", who,
                                {"choices": [CHOICES[0]]})[0]
            except (OSError, http.client.HTTPException) as e:
                status = type(e).__name__
            with lock:
                (acked if status == 201 else failed if not isinstance(status, int) or status >= 500
                 else refused).append((who, status))

    before = int(psql(f"SELECT count(*) FROM poll_vote WHERE poll_id = {POLL}"))
    threads = [threading.Thread(target=writer, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    time.sleep(seconds / 3)
    os.kill(int(ENV["API_B_PID"]), signal.SIGKILL)
    killed_at = len(acked)
    for t in threads:
        t.join(seconds + 30)
    after = int(psql(f"SELECT count(*) FROM poll_vote WHERE poll_id = {POLL}"))
    subjects = ",".join("'" + who + "'" for who, _ in acked) or "''"
    stored = int(psql(f"SELECT count(*) FROM poll_vote v JOIN channel_identity i ON i.profile_id = v.profile_id "
                      f"WHERE v.poll_id = {POLL} AND i.channel || ':' || i.external_id IN ({subjects})"))
    rows = after - before
    check(stored == len(acked),
          f"{len(acked):,} votes acknowledged (201) in {seconds} s through nginx over api-a and api-b, api-b killed "
          f"(SIGKILL) after {killed_at:,} of them; every acknowledged vote is stored ({stored:,})")
    check(rows - len(acked) <= len(failed),
          f"{len(failed)} requests failed (in flight on api-b: 502 from nginx or a broken connection), "
          f"{len(refused)} refused otherwise; {rows:,} votes stored in all, so at most {rows - len(acked)} "
          f"unacknowledged writes committed")
    out()


def find_demo_items():
    global POLL, CHOICES, COMMENTED
    polls = json.loads(request(API_A, "GET", f"/api/v1/sites/{SITE}/content?type=poll&size=20")[2])["items"]
    for item in polls:
        poll = json.loads(request(API_A, "GET", f"/api/v1/sites/{SITE}/polls/{item['id']}")[2])
        if poll.get("kind") == "single":
            POLL, CHOICES = poll["id"], [c["key"] for c in poll["choices"]]
            break
    COMMENTED = json.loads(request(API_A, "GET", f"/api/v1/sites/{SITE}/paths/relationships/consent")[2])["id"]
    if POLL is None or len(CHOICES) < 2:
        raise RuntimeError("the demo site has no single-choice poll")


def main():
    sections = [freshness, votes, session, throughput, kill_under_load]
    try:
        find_demo_items()
    except Exception as e:  # noqa: BLE001 - reported, then nothing else can run
        sections = []
        failures.append(f"finding the demo's poll and article: {e!r}")
    for section in sections:
        try:
            section()
        except Exception as e:  # noqa: BLE001 - one broken section must not hide the others' results
            check(False, f"{section.__name__} stopped: {e!r}")
            out()
    if failures:
        out(f"**{len(failures)} check(s) failed.**")
    else:
        out("Every check passed.")
    print("\n".join(lines))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
