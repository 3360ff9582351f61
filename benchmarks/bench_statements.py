"""Statement linking at scale: does link_statements stay near n log n from 10,000 to 1,000,000 quotes?

    python benchmarks/bench_statements.py            # 10k, 100k and 1M quotes
    python benchmarks/bench_statements.py --quick    # 10k and 100k

Quotes are generated from our own German templates: many speakers (a few of them quoted very often,
as heads of government are), each making statements that several outlets report in different
wordings: the same words, another word order, nie/niemals, indirect speech in the Konjunktiv, an
elision, a fragment, or two statements in one long quote. Every quote is in its own document. The
figures: linking time (normalising, blocking, comparing, clustering) per size, time per quote, growth
against n log n, peak memory (resident set of the process), and how many links join quotes of the
same generated statement (precision on the synthetic data).
"""

from __future__ import annotations

import argparse
import math
import random
import resource
import sys
import time
from pathlib import Path

try:
    import quotetool  # noqa: F401
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotetool.crossref import QuoteRecord, cluster_statements, link_statements

SUBJECTS = [
    "Die Stadt",
    "Die Regierung",
    "Das Land",
    "Der Kreis",
    "Die Verwaltung",
    "Unsere Partei",
    "Der Verband",
    "Die Gemeinde",
    "Das Ministerium",
    "Der Senat",
]
OBJECTS = [
    "die Brücke am Hafen",
    "das Hallenbad",
    "die Grundschule im Westen",
    "den Radweg an der Weser",
    "die Klinik in der Altstadt",
    "das alte Rathaus",
    "den Bahnhof",
    "die Kita am Park",
    "das Stadion",
    "die Stadtbibliothek",
    "den Busbahnhof",
    "die Feuerwache",
    "das Museum",
    "die Sporthalle",
    "den Wochenmarkt",
    "die Kläranlage",
    "das Jugendzentrum",
    "die Musikschule",
    "den Stadtwald",
    "die Berufsschule",
]
VERBS = [
    "sanieren",
    "bauen",
    "schließen",
    "erweitern",
    "verkaufen",
    "modernisieren",
    "finanzieren",
    "prüfen",
    "abreißen",
    "öffnen",
    "vergrößern",
    "umbauen",
]
TIMES = [
    "im Frühjahr",
    "bis zum Herbst",
    "im nächsten Jahr",
    "noch in diesem Monat",
    "nach der Wahl",
    "vor dem Winter",
    "bis Ostern",
    "im Sommer",
]
REASONS = [
    "und die Kosten trägt das Land",
    "weil die Bürger das seit Jahren fordern",
    "obwohl das Geld knapp ist",
    "denn die Gutachten sind eindeutig",
    "damit die Familien entlastet werden",
    "auch wenn der Rat noch zögert",
    "weil der Brandschutz es verlangt",
    "sobald die Förderung bewilligt ist",
]
# place names from syllables: thousands of towns, so that statements name different things
TOWN_HEADS = [
    "Berg",
    "Linden",
    "Eichen",
    "Wald",
    "Rosen",
    "Stein",
    "Buchen",
    "Hohen",
    "Neu",
    "Alt",
    "Ober",
    "Unter",
    "Mühl",
    "Kirch",
    "Wiesen",
    "Sonnen",
    "Tannen",
    "Birken",
    "Hasel",
    "Fels",
]
TOWN_TAILS = [
    "heim",
    "au",
    "feld",
    "dorf",
    "hausen",
    "bach",
    "burg",
    "hagen",
    "stedt",
    "rode",
    "brück",
    "tal",
    "kirchen",
    "hofen",
    "wald",
    "berg",
    "furt",
    "leben",
    "stadt",
    "ingen",
]
TOWNS = [h + t for h in TOWN_HEADS for t in TOWN_TAILS]


def _statement(rng: random.Random) -> tuple[str, str, str, str, str, bool]:
    negative = rng.random() < 0.2
    obj = f"{rng.choice(OBJECTS)} in {rng.choice(TOWNS)}"
    return (rng.choice(SUBJECTS), obj, rng.choice(VERBS), rng.choice(TIMES), rng.choice(REASONS), negative)


def _wordings(st: tuple[str, str, str, str, str, bool], rng: random.Random) -> list[tuple[str, str]]:
    """Ways outlets report one statement: (text, kind)."""
    subj, obj, verb, when, why, negative = st
    never, never2 = ("niemals ", "nie ") if negative else ("", "")
    return [
        (f"{subj} wird {obj} {when} {never}{verb}, {why}.", "direct"),
        (f"{when[0].upper()}{when[1:]} wird {subj.lower()} {obj} {never2}{verb}, {why}.", "direct"),
        (f"{subj.lower()} werde {obj} {when} {never}{verb}, {why}", "indirect"),
        (f"{subj} wird {obj} […] {never}{verb}, {why}.", "direct"),
        (f"{obj} {when} {never}{verb}", "mixed"),
    ]


def generate(n: int, seed: int = 12) -> tuple[list[QuoteRecord], dict[int, int]]:
    """``n`` quotes and, for precision, the generated statement of each quote id."""
    rng = random.Random(seed)
    speakers = max(50, n // 100)
    quotes: list[QuoteRecord] = []
    truth: dict[int, int] = {}
    statement = 0
    while len(quotes) < n:
        # a Zipf-like speaker: a few are quoted very often
        speaker = min(int(speakers * rng.random() ** 2), speakers - 1)
        st = _statement(rng)
        statement += 1
        forms = _wordings(st, rng)
        for _ in range(rng.choice((1, 1, 2, 3, 4, 6))):
            text, kind = rng.choice(forms)
            if rng.random() < 0.1:  # a long quote: this statement and another one
                sub, obj, verb, when, why, _ = _statement(rng)
                text = f"{forms[0][0]} {sub} wird {obj} {when} {verb}, {why}."
                kind = "direct"
            qid = len(quotes) + 1
            quotes.append(QuoteRecord(qid, speaker, qid, text, kind))
            truth[qid] = statement
            if len(quotes) == n:
                break
    return quotes, truth


def _recall(truth: dict[int, int], clusters: list) -> float:
    """Share of quote pairs of one generated statement that end up in one cluster."""
    cluster_of = {q: c.id for c in clusters for q in c.quote_ids}
    by_statement: dict[int, int] = {}
    together: dict[tuple[int, int], int] = {}
    for q, st in truth.items():
        by_statement[st] = by_statement.get(st, 0) + 1
        key = (st, cluster_of.get(q, -q))
        together[key] = together.get(key, 0) + 1
    pairs = sum(k * (k - 1) // 2 for k in by_statement.values())
    joined = sum(k * (k - 1) // 2 for k in together.values())
    return joined / max(pairs, 1)


def run(n: int) -> tuple[float, float]:
    quotes, truth = generate(n)
    t0, c0 = time.perf_counter(), time.process_time()
    links = link_statements(quotes)
    clusters = cluster_statements(links)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    same = sum(truth[link.a] == truth[link.b] for link in links)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{n:>9,} quotes  {elapsed:7.1f} s wall  {cpu:7.1f} s CPU  {cpu / n * 1e6:5.0f} µs/quote  "
        f"{len(links):>9,} links ({same / max(len(links), 1):.1%} within a generated statement, "
        f"recall {_recall(truth, clusters):.1%})  {len(clusters):>8,} clusters  peak RSS {rss:,.0f} MB",
        flush=True,
    )
    return cpu, n * math.log(n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k only")
    args = parser.parse_args()
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    results = [run(n) for n in sizes]
    base_t, base_nlogn = results[0]
    for n, (t, nlogn) in zip(sizes[1:], results[1:], strict=True):
        print(f"{n:>9,}: CPU time x{t / base_t:.1f} for n log n x{nlogn / base_nlogn:.1f} (n x{n / sizes[0]:.0f})")


if __name__ == "__main__":
    main()
