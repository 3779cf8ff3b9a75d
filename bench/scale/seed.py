#!/usr/bin/env python3
"""Seeds the `scale` site of a Beacon database with published articles, in bulk SQL.

    python3 bench/scale/seed.py --psql 'psql -h 127.0.0.1 -U postgres -d beacon_scale' --articles 10000

Deterministic: article i is always the same article (its own random generator, seeded by i), so seeding
1,000 then topping up to 10,000 gives the same rows as seeding 10,000 at once. The rows are what the api
writes when an editor creates a section or an article and publishes it (content_item, content_translation,
content_revision, published_content); the published snapshot's search vector is computed by the same SQL
expression PublishedContentWriter uses (see seed.sql). The words come from a generated English-like and
Portuguese-like vocabulary (syllables, tens of thousands of words each) drawn with a Zipf distribution.
"""
import argparse
import json
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time

WORDS_PER_LANGUAGE = 30_000
ZIPF_S = 1.0
SITE = "scale"

EN_ONSETS = ["b", "br", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "fr", "g", "gl", "gr", "h", "j", "k", "l", "m",
             "n", "p", "pl", "pr", "qu", "r", "s", "sh", "sk", "sl", "sm", "sn", "sp", "st", "str", "sw", "t", "th",
             "tr", "v", "w", "wh", "y", "z"]
EN_VOWELS = ["a", "e", "i", "o", "u", "ea", "ee", "oo", "ai", "ou", "oa", "y"]
EN_CODAS = ["", "", "", "n", "r", "s", "t", "ll", "nd", "ng", "ck", "m", "st", "rk", "nt", "sh", "th", "x"]
PT_ONSETS = ["b", "br", "c", "ch", "cr", "d", "f", "fr", "g", "gr", "j", "l", "lh", "m", "n", "nh", "p", "pr", "qu",
             "r", "s", "t", "tr", "v", "z"]
PT_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "á", "é", "í", "ó", "ú", "ã", "õ", "ê", "ô", "â"]
PT_CODAS = ["", "", "", "", "s", "r", "l", "m", "n", "z"]
PT_ENDINGS = ["", "", "", "ção", "ções", "dade", "mente", "inho", "ão", "ável", "ês", "eiro"]


def vocabulary(onsets, vowels, codas, endings, seed):
    rng = random.Random(seed)
    words, seen = [], set()
    while len(words) < WORDS_PER_LANGUAGE:
        syllables = rng.choice((1, 2, 2, 2, 2, 3, 3))
        w = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(syllables))
        w += rng.choice(endings)
        if len(w) >= 4 and w not in seen:
            seen.add(w)
            words.append(w)
    return words  # generation order is the Zipf rank order: words[0] is the most common


def cumulative(n):
    total, cw = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank**ZIPF_S
        cw.append(total)
    return cw


EN = vocabulary(EN_ONSETS, EN_VOWELS, EN_CODAS, [""], 1)
PT = vocabulary(PT_ONSETS, PT_VOWELS, PT_CODAS, PT_ENDINGS, 2)
CW = cumulative(WORDS_PER_LANGUAGE)
TAGS = [w for w in EN[200:2000] if w.isascii() and w.isalpha()][:300]
TAG_CW = cumulative(len(TAGS))

# Sections: 8 at the top, 5 below each, 4 below each of those (8 + 40 + 160 = 208); articles sit in the 160 leaves.
TOP, MIDDLE, LEAVES = 8, 5, 4


def sections():
    """(key, parent key, title en, title pt, slug en, slug pt, position) for the whole section tree."""
    out = []
    for a in range(TOP):
        out.append((f"s{a}", None, f"Section {EN[3000 + a]}", f"Secção {PT[3000 + a]}", f"{ascii_word(EN[3000 + a])}",
                    f"{ascii_word(PT[3000 + a])}-{a}", a))
        for b in range(MIDDLE):
            k = 3100 + a * MIDDLE + b
            out.append((f"s{a}.{b}", f"s{a}", f"Topic {EN[k]}", f"Tema {PT[k]}", ascii_word(EN[k]),
                        f"{ascii_word(PT[k])}-{a}-{b}", b))
            for c in range(LEAVES):
                k2 = 3300 + (a * MIDDLE + b) * LEAVES + c
                out.append((f"s{a}.{b}.{c}", f"s{a}.{b}", f"Corner {EN[k2]}", f"Canto {PT[k2]}", ascii_word(EN[k2]),
                            f"{ascii_word(PT[k2])}-{a}-{b}-{c}", c))
    return out


def leaves():
    return [f"s{a}.{b}.{c}" for a in range(TOP) for b in range(MIDDLE) for c in range(LEAVES)]


def ascii_word(w):
    table = str.maketrans("áéíóúãõêôâç", "aeiouaoeoac")
    return "".join(ch for ch in w.translate(table) if "a" <= ch <= "z") or "x"


def sentence(rng, vocab, n):
    words = rng.choices(vocab, cum_weights=CW, k=n)
    return " ".join(words).capitalize() + "."


def paragraphs(rng, vocab):
    out = []
    for _ in range(rng.randint(2, 4)):
        out.append(" ".join(sentence(rng, vocab, rng.randint(6, 14)) for _ in range(rng.randint(3, 5))))
    return out


def excerpt(first):
    # BlockRenderer.excerpt: the first paragraph cut at a word before 200 characters, with an ellipsis
    if len(first) <= 200:
        return first
    cut = first.rfind(" ", 0, 200)
    return first[: cut if cut > 0 else 199] + "…"


def translation(rng, vocab, i, locale):
    title = sentence(rng, vocab, rng.randint(3, 7))[:-1]
    subtitle = sentence(rng, vocab, rng.randint(6, 12))
    slug = "-".join(ascii_word(w) for w in title.lower().split()[:4]) + f"-{i}"
    paras = paragraphs(rng, vocab)
    body = [{"type": "paragraph", "markdown": p} for p in paras]
    rendered = [{"type": "paragraph", "text": p, "html": p} for p in paras]
    return title, subtitle, slug, body, rendered, excerpt(paras[0])


def article(i, leaf_keys):
    """One article: its leaf section, tags, and its en and/or pt translation (60 % en, 20 % pt, 20 % both)."""
    rng = random.Random(1_000_003 * i + 7)
    kind = rng.random()
    locales = ["en"] if kind < 0.6 else ["pt"] if kind < 0.8 else ["en", "pt"]
    tags = sorted(set(rng.choices(TAGS, cum_weights=TAG_CW, k=rng.randint(1, 3))))
    parent = leaf_keys[rng.randrange(len(leaf_keys))]
    trs = {loc: translation(rng, EN if loc == "en" else PT, i, loc) for loc in locales}
    return parent, tags, trs


def article_lines(bounds):
    """The COPY lines of articles [start, end): one per translation."""
    out = []
    leaf_keys = leaves()
    for i in range(*bounds):
        parent, tags, trs = article(i, leaf_keys)
        for loc, (title, subtitle, slug, body, rendered, exc) in trs.items():
            out.append("\t".join(esc(v) for v in (i, parent, loc, title, subtitle, slug,
                                                  json.dumps(body, ensure_ascii=False),
                                                  json.dumps(rendered, ensure_ascii=False),
                                                  pg_array(tags), exc)) + "\n")
    return "".join(out)


def esc(v):
    """A value for COPY's text format."""
    if v is None:
        return r"\N"
    return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def pg_array(values):
    return "{" + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values) + "}"


TRIM = """
BEGIN;
-- only leaf articles go, so the foreign keys cannot be broken; their checks (content_item's parent_id has no index of
-- its own) would make this quadratic
SET LOCAL session_replication_role = replica;
CREATE TEMP TABLE gone ON COMMIT DROP AS
    SELECT item_id FROM bench_seed_key WHERE key LIKE 'a%' AND substr(key, 2)::int >= {n};
DELETE FROM published_content WHERE item_id IN (SELECT item_id FROM gone);
DELETE FROM content_revision WHERE translation_id IN
    (SELECT id FROM content_translation WHERE item_id IN (SELECT item_id FROM gone));
DELETE FROM content_translation WHERE item_id IN (SELECT item_id FROM gone);
DELETE FROM content_item WHERE id IN (SELECT item_id FROM gone);
DELETE FROM bench_seed_key WHERE item_id IN (SELECT item_id FROM gone);
COMMIT;
VACUUM ANALYZE published_content;
VACUUM ANALYZE content_item;
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--psql", required=True, help="psql command line for the database")
    ap.add_argument("--articles", type=int, required=True, help="articles the site holds afterwards")
    args = ap.parse_args()
    psql = args.psql.split()

    def sql(text):
        return subprocess.run(psql + ["-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", text], check=True,
                              capture_output=True, text=True).stdout.strip()

    have = int(sql(f"SELECT count(*) FROM content_item i JOIN site s ON s.id = i.site_id"
                   f" WHERE s.slug = '{SITE}' AND i.type = 'article'") or 0)
    if have > args.articles:
        # article i is always the same article: the first N of a bigger site are the site of N
        started = time.time()
        subprocess.run(psql + ["-q", "-v", "ON_ERROR_STOP=1"], check=True, text=True, input=TRIM.format(n=args.articles))
        print(f"seed: {SITE} trimmed from {have} to {args.articles} articles in {time.time() - started:.1f}s",
              file=sys.stderr)
        return
    if have == args.articles:
        print(f"seed: {SITE} already has {have} articles", file=sys.stderr)
        return
    started = time.time()
    leaf_keys = leaves()
    with tempfile.TemporaryDirectory() as tmp:
        sec_file = os.path.join(tmp, "sections.tsv")
        art_file = os.path.join(tmp, "articles.tsv")
        if have == 0:
            with open(sec_file, "w") as f:
                for key, parent, ten, tpt, sen, spt, pos in sections():
                    for loc, title, slug in (("en", ten, sen), ("pt", tpt, spt)):
                        body = [{"type": "paragraph", "markdown": title + "."}]
                        rendered = [{"type": "paragraph", "text": title + ".", "html": title + "."}]
                        f.write("\t".join(esc(v) for v in (key, parent, pos, loc, title, None, slug,
                                                           json.dumps(body, ensure_ascii=False),
                                                           json.dumps(rendered, ensure_ascii=False),
                                                           "{}", title + ".")) + "\n")
        with open(art_file, "w") as f, multiprocessing.Pool() as pool:
            chunks = [(a, min(a + 2000, args.articles)) for a in range(have, args.articles, 2000)]
            for lines in pool.imap(article_lines, chunks):
                f.write(lines)
        generated = time.time()
        template = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seed.sql")
        with open(template) as f:
            script = (f.read()
                      .replace("{copy_sections}", f"\\copy seed_in FROM '{sec_file}'" if have == 0 else "")
                      .replace("{articles}", art_file)
                      .replace("{site}", SITE))
        script_file = os.path.join(tmp, "seed.sql")
        with open(script_file, "w") as f:
            f.write(script)
        subprocess.run(psql + ["-q", "-v", "ON_ERROR_STOP=1", "-f", script_file], check=True)
    print(f"seed: {SITE} now has {args.articles} articles (+{args.articles - have}): text generated in "
          f"{generated - started:.1f}s, loaded in {time.time() - generated:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
