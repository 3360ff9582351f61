"""Throughput of the quote detector on synthetic German news, on one core.

    python benchmarks/bench_detect.py            # 1, 5, 10, 20 MB of articles + one 5 MB document
    python benchmarks/bench_detect.py --quick    # ~2 MB smoke run

The text is generated from our own sentence templates (no third-party corpus): articles of a dozen
paragraphs mixing narrative sentences with direct, indirect and mixed quotes, titles and boilerplate,
roughly the share of reported speech in agency news. Throughput should stay flat from 1 MB to 20 MB
(no quadratic work), and a single 5 MB document without paragraph breaks must finish.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

try:  # the installed package: compiled when installed from a wheel (pip install .), pure Python if editable
    import quotetool  # noqa: F401
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotetool.detect import build, detect

FIRST = [
    "Anna",
    "Markus",
    "Petra",
    "Jonas",
    "Sabine",
    "Thomas",
    "Julia",
    "Stefan",
    "Miriam",
    "Andreas",
    "Claudia",
    "Felix",
    "Ingrid",
    "Lukas",
    "Renate",
    "Tobias",
    "Hanna",
    "Michael",
    "Eva",
    "Dieter",
]
LAST = [
    "Keller",
    "Brandt",
    "Vogel",
    "Hartmann",
    "Lorenz",
    "Seidel",
    "Winkler",
    "Busch",
    "Kraus",
    "Roth",
    "Albers",
    "Franke",
    "Heinze",
    "Jansen",
    "Kühn",
    "Lindner",
    "Möller",
    "Pohl",
    "Rieger",
    "Thiele",
]
ROLES = [
    "Bürgermeisterin",
    "Innenminister",
    "Sprecher des Landratsamts",
    "Vorsitzende des Vereins",
    "Polizeisprecher",
    "Umweltsenatorin",
    "Geschäftsführer der Stadtwerke",
    "Fraktionschefin",
]
ORGS = [
    "die Stadtverwaltung",
    "das Ministerium",
    "der Verband",
    "die Polizei",
    "die Feuerwehr",
    "das Landratsamt",
    "der Betriebsrat",
    "die Staatsanwaltschaft",
]
ORGS_DAT = [
    "der Stadtverwaltung",
    "dem Ministerium",
    "dem Verband",
    "der Polizei",
    "der Feuerwehr",
    "dem Landratsamt",
    "dem Betriebsrat",
    "der Staatsanwaltschaft",
]
TOPICS = [
    "der Neubau der Brücke",
    "die Sanierung des Hallenbads",
    "der Ausbau der Radwege",
    "die Erhöhung der Gebühren",
    "der Streit um das Baugebiet",
    "die Schließung der Klinik",
    "das neue Verkehrskonzept",
    "die Kürzung der Zuschüsse",
]
PLACES = ["in Kassel", "im Rathaus", "in der Innenstadt", "am Hafen", "im Kreistag", "vor Ort", "in Lübeck"]
NARRATIVE = [
    "Die Sitzung begann mit einer Verspätung von einer halben Stunde, weil der Saal zu klein war.",
    "Viele Gäste nutzten die Gelegenheit, das Gelände bei strahlendem Wetter zu besichtigen.",
    "Im Anschluss fand eine Führung durch die neuen Räume statt.",
    "Der Zug aus Hamburg traf mit zwanzig Minuten Verspätung ein.",
    "Die Mannschaft gewann das Heimspiel am {day} mit drei zu eins.",
    "Der Wetterdienst rechnet für das Wochenende mit Regen und kühleren Temperaturen.",
    "Am {day} kamen rund {n} Menschen {place} zusammen, um über {topic} zu beraten.",
    "Die Arbeiten sollen nach bisheriger Planung im {month} beginnen und etwa {n} Wochen dauern.",
    "Der Gemeinderat hatte den Plan im vergangenen Jahr mit knapper Mehrheit beschlossen.",
    "Für das Projekt sind insgesamt {n} Millionen Euro vorgesehen, ein Teil davon kommt vom Land.",
    "Bereits im {month} war es {place} zu einem ähnlichen Vorfall gekommen.",
    "Anwohner hatten sich mehrfach über Lärm und fehlende Parkplätze beschwert.",
    "Die Ausstellung „Stadt im Wandel“ ist noch bis Ende {month} im Museum zu sehen.",
    "Nach dem Unfall war die Straße für mehrere Stunden gesperrt.",
    "{first} {last} leitet die Behörde seit {n} Jahren und gilt als erfahren.",
    "Die {n}-jährige {first} {last} war zuvor Leiterin des Bauamts.",
    "Die Zahl der Besucher stieg im Vergleich zum Vorjahr um {n} Prozent.",
    "Auf der Tagesordnung stand außerdem die Wahl eines neuen Vorstands.",
]
QUOTES = [
    "„Wir werden {topic} nicht länger hinnehmen“, sagte {first} {last}.",
    "„Das ist ein guter Tag für die Stadt. Wir haben lange darauf gewartet“, sagte {role} {first} {last}.",
    "{first} {last} sagte: „Die Kosten sind aus dem Ruder gelaufen, das muss man klar sagen.“",
    "{first} {last}, {role}, erklärte, dass {topic} noch in diesem Jahr entschieden werde.",
    "{topic_cap} sei dringend notwendig, sagte {last} am {day}.",
    "Laut {org_dat} ist {topic} bislang nicht finanziert.",
    "Nach Angaben der Polizei wurden bei dem Unfall {n} Menschen leicht verletzt.",
    "Die Lage sei ernst, aber beherrschbar, teilte {org} mit.",
    "Er betonte, man habe alle Beteiligten frühzeitig informiert.",
    "{last} warnte vor einer „gefährlichen Verzögerung“ bei {topic}.",
    "„Wir brauchen jetzt Verlässlichkeit“, so {last}, „sonst verlieren wir das Vertrauen der Bürger.“",
    "Dem Bericht der Stadtwerke zufolge fehlen für {topic} noch {n} Millionen Euro.",
    "Wie {org} mitteilte, soll die Entscheidung im {month} fallen.",
    "Sie kündigte an, die Pläne nach der Sommerpause erneut vorzulegen.",
    "Die Bürgerinitiative halte das Vorhaben für überteuert, sagte ihr Sprecher {first} {last}.",
]
CONTINUATIONS = [
    "Man werde die Ergebnisse sorgfältig prüfen.",
    "Die Verwaltung habe alle Auflagen erfüllt.",
    "„Wir bleiben im Gespräch mit allen Seiten.“",
]
BOILERPLATE = [
    "Mehr zum Thema – Neue Pläne für den Bahnhof",
    "Quelle: https://example.org/artikel",
    "[Anzeige]",
    "Foto: Archiv",
]
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]
MONTHS = ["Januar", "März", "Mai", "Juli", "September", "November"]


def _fill(rng: random.Random, template: str) -> str:
    topic = rng.choice(TOPICS)
    return template.format(
        first=rng.choice(FIRST),
        last=rng.choice(LAST),
        role=rng.choice(ROLES),
        org=rng.choice(ORGS),
        org_dat=rng.choice(ORGS_DAT),
        topic=topic,
        topic_cap=topic[0].upper() + topic[1:],
        place=rng.choice(PLACES),
        day=rng.choice(DAYS),
        month=rng.choice(MONTHS),
        n=rng.randint(2, 90),
    )


def article(rng: random.Random) -> str:
    """One synthetic article: a headline, paragraphs of two to four sentences, sometimes boilerplate."""
    topic = rng.choice(TOPICS)
    paras = [topic[0].upper() + topic[1:] + " sorgt für Diskussionen"]
    for _ in range(rng.randint(6, 12)):
        sents = []
        for _ in range(rng.randint(2, 4)):
            r = rng.random()
            if r < 0.7:
                sents.append(_fill(rng, rng.choice(NARRATIVE)))
            elif r < 0.95:
                sents.append(_fill(rng, rng.choice(QUOTES)))
            else:
                sents.append(_fill(rng, rng.choice(CONTINUATIONS)))
        paras.append(" ".join(sents))
    if rng.random() < 0.5:
        paras.append(rng.choice(BOILERPLATE))
    return "\n".join(paras)


def corpus(n_bytes: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n_bytes:
        a = article(rng)
        out.append(a)
        size += len(a.encode("utf-8"))
    return out


def throughput(docs: list[str]) -> tuple[float, float, int]:
    """(MB, seconds, proposals) for detecting quotes in every document, one after the other."""
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    t0 = time.perf_counter()
    n = 0
    for d in docs:
        n += len(detect(d))
    return mb, time.perf_counter() - t0, n


def calibration() -> float:
    """Seconds for ten million iterations of a trivial Python loop: compares this machine with others."""
    t0 = time.perf_counter()
    s = 0
    for i in range(10_000_000):
        s += i
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a ~2 MB smoke run instead of 1-20 MB")
    ap.add_argument("--repeat", type=int, default=1, help="run each size N times and report the best")
    args = ap.parse_args()
    sizes = [2] if args.quick else [1, 5, 10, 20]
    big = corpus(max(sizes) * 1_000_000)
    detect(big[0])  # warm up lexicon imports and regex caches
    print(f"detector: {build()}")
    print(f"calibration: a 10M-iteration Python loop takes {calibration():.2f} s on this machine")
    print(f"{'size':>6} {'MB':>7} {'seconds':>8} {'MB/s':>7} {'proposals':>10}")
    rates = []
    for size in sizes:
        docs = []
        acc = 0
        for d in big:
            if acc >= size * 1_000_000:
                break
            docs.append(d)
            acc += len(d.encode("utf-8"))
        mb, secs, n = min((throughput(docs) for _ in range(max(1, args.repeat))), key=lambda r: r[1])
        rates.append(mb / secs)
        print(f"{size:>4}MB {mb:7.2f} {secs:8.2f} {mb / secs:7.2f} {n:10d}")
    if len(rates) > 1:
        print(f"throughput at {sizes[-1]} MB is {rates[-1] / rates[0]:.2f}x that at {sizes[0]} MB (flat = 1.0)")
    single_mb = 1 if args.quick else 5
    one = " ".join(p.replace("\n", " ") for p in corpus(single_mb * 1_000_000, seed=11))
    mb, secs, n = throughput([one])
    print(f"single {mb:.2f} MB document without paragraph breaks: {secs:.2f} s ({mb / secs:.2f} MB/s, {n} proposals)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
