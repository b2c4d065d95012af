#!/usr/bin/env python3
"""Writes the generated story fixtures: a large story and one with hostile text.

Deterministic (a fixed seed), so re-running it reproduces the committed files:
    python3 scripts/generate-fixtures.py

It also prints a story too big to commit, with 300,000 references to missing
actors in one event (about 3.8 MB, under the 5 MB limit); the end-to-end test
tests/e2e/bounded-work.test.mjs builds the same story in memory:
    python3 scripts/generate-fixtures.py --many-references > many-references.json
"""
import json
import random
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
KINDS = ["state", "organisation", "person", "group", "place"]
STANCES = ["cooperative", "hostile", "neutral"]
VERBS = {"cooperative": "cooperates", "hostile": "opposes", "neutral": "member_of"}


def large_story(events=2000, actors=100, relations=200, quotes=300, seed=2022):
    """A story spanning 1900-2024 with many events on the same days."""
    rng = random.Random(seed)
    source = lambda n: {"paragraph": n % 60 + 1, "excerpt": f"paragraph {n % 60 + 1}"}
    actor_list = [
        {"id": f"actor-{i}", "name": f"Actor number {i}", "short_name": f"A{i}", "kind": KINDS[i % len(KINDS)], "source": source(i)}
        for i in range(actors)
    ]
    quote_list = [
        {"id": f"quote-{i}", "text": f"Quoted words number {i}.", "speaker": f"actor-{rng.randrange(actors)}",
         "context": "told the paper", "kind": "direct", "source": source(i)}
        for i in range(quotes)
    ]
    for quote in quote_list:
        actor_list[int(quote["speaker"].split("-")[1])]["kind"] = "person"
    event_list = []
    for i in range(events):
        year = rng.randrange(1900, 2025)
        precision = rng.choice(["year", "month", "day", "day"])
        date = f"{year:04d}" if precision == "year" else f"{year:04d}-{rng.randrange(1, 13):02d}"
        if precision == "day":
            date += f"-{rng.randrange(1, 29):02d}"
        date += rng.choice(["", "", "", "~", "?"])
        event = {"id": f"event-{i}", "date": date, "title": f"Event number {i}", "summary": f"What happened in event {i}.",
                 "actors": list(dict.fromkeys(f"actor-{rng.randrange(actors)}" for _ in range(rng.randrange(1, 4)))),
                 "kind": rng.choice(["reported", "reported", "context"]), "source": source(i)}
        if i < quotes:
            event["quotes"] = [f"quote-{i}"]
        event_list.append(event)
    relation_list = []
    for i in range(relations):
        a, b = rng.sample(range(actors), 2)
        stance = STANCES[i % 3]
        relation = {"id": f"relation-{i}", "from": f"actor-{a}", "to": f"actor-{b}", "kind": VERBS[stance], "stance": stance,
                    "label": f"relation {i}", "events": [f"event-{rng.randrange(events)}"], "source": source(i)}
        if i % 4 == 0:
            relation["since"] = f"{rng.randrange(1900, 2000)}"
        relation_list.append(relation)
    return {"version": 1,
            "meta": {"title": "A large generated story", "source": {"name": "Generated", "url": "https://example.org/large"},
                     "published": "2024-12-31", "authors": ["Fixture generator"], "language": "en"},
            "actors": actor_list, "events": event_list, "relations": relation_list, "quotes": quote_list}


def hostile_story():
    """Text that tries to break out of text nodes, the layout or the reading direction."""
    long_word = "Supercalifragilistic" * 25
    return {"version": 1,
            "meta": {"title": "<script>window.__hostile = 'title'</script> Hostile text",
                     "source": {"name": "<b>Bold</b> Gazette", "url": "javascript:window.__hostile='url'"},
                     "published": "2022-04-18", "authors": ["<img src=x onerror=\"window.__hostile='author'\">"],
                     "language": "en", "summary": "Quotes \"double\" and 'single' & ampersands; \u202eevil-reversed\u202c text."},
            "actors": [
                {"id": "rtl", "name": "طالبان \u200f(Taliban)", "kind": "group", "description": "\u202bRight-to-left embedding\u202c",
                 "source": {"paragraph": 1, "excerpt": "\"><svg onload=\"window.__hostile='excerpt'\">"}},
                {"id": "emoji", "name": "🇷🇺 Russia 🤝", "kind": "state", "source": {"paragraph": 1, "excerpt": "🇷🇺"}},
            ],
            "events": [
                {"id": "long-word", "date": "2022-03", "title": long_word, "summary": "A word too long for any line: " + long_word,
                 "actors": ["rtl", "emoji"], "kind": "reported", "source": {"paragraph": 1, "excerpt": "x"}},
                {"id": "long-summary", "date": "2022-04-09", "title": "🚨 A 10,000-character summary",
                 "summary": ("All work and no play makes a very long summary. " * 210)[:10000],
                 "kind": "reported", "source": {"paragraph": 2, "excerpt": "x"}},
                {"id": "markup", "date": "2022-04-10", "title": "<img src=x onerror=\"window.__hostile='event'\">",
                 "summary": "<a href=\"javascript:window.__hostile='link'\">click</a>", "kind": "reported",
                 "source": {"paragraph": 3, "excerpt": "x"}},
            ]}


def many_references_story(references=300_000):
    """One event naming `references` actors that do not exist, and two that do."""
    return {"version": 1,
            "meta": {"title": "A story with 300,000 bad references", "source": {"name": "Generated", "url": "https://example.org/many"},
                     "published": "2024-12-31", "language": "en"},
            "actors": [{"id": "russia", "name": "Russia", "kind": "state", "source": {"paragraph": 1, "excerpt": "Russia"}},
                       {"id": "taliban", "name": "Taliban", "kind": "group", "source": {"paragraph": 1, "excerpt": "Taliban"}}],
            "events": [{"id": "crowded", "date": "2022-04-09", "title": "An event naming 300,000 missing actors", "kind": "reported",
                        "actors": ["russia", "taliban"] + [f"nope{i}" for i in range(references)],
                        "source": {"paragraph": 1, "excerpt": "x"}}]}


def write(name, story):
    path = FIXTURES / name
    path.write_text(json.dumps(story, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(FIXTURES.parent.parent)} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    if sys.argv[1:] == ["--many-references"]:
        sys.stdout.write(json.dumps(many_references_story(), separators=(",", ":")) + "\n")
        sys.exit()
    write("large.json", large_story())
    write("hostile.json", hostile_story())
