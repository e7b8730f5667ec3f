"""The relevance suite's own parts (``bench.eval.relevance``) on short self-written lines: the keyword count
that picks the hard negatives, the naive peer, the seed's date line, the gold of corpora pages about the
incident."""

from __future__ import annotations

import json
from pathlib import Path

from bench.eval.relevance import DATE_LINE, counts, known_positives, naive


def test_the_keyword_count_reads_a_dozen_languages():
    assert counts("Der Kreml und Moskau; il Cremlino; Кремль и Москва; 克里姆林宫") == {
        "kremlin": 4,
        "putin": 0,
        "drone": 0,
        "moscow": 2,
    }
    assert counts("Poutine, Путін, Putins; des drones, droni, Drohnenangriff, беспилотник, İHA")["putin"] == 3
    assert counts("des drones, droni, Drohnenangriff, беспилотник, İHA")["drone"] == 5
    # drones are whole words (the other names are stems: Moskau, Moskwy, Putins)
    assert counts("Dronning Margrethe, Androna, the Moscowitz family")["drone"] == 0


def test_the_naive_peer_wants_the_kremlin_and_a_drone_anywhere():
    assert naive("Drones over the Kremlin")
    assert naive("Il Cremlino tace.\n\nMolti droni su Kyiv.")
    assert not naive("The Kremlin said nothing.") and not naive("Drones over Moscow")


def test_the_date_line_of_a_seed_is_what_is_removed():
    assert DATE_LINE.sub("", " date 2023-05-06 Russia said\n\nMore.", count=1) == "\nMore."
    assert DATE_LINE.sub("", "Russia said on date 2023-05-06\n", count=1) == "Russia said on date 2023-05-06\n"


def test_a_corpora_page_found_about_the_incident_counts_as_a_positive(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    assert known_positives(gold) == set()  # none today: the file does not exist
    lines = [
        {"corpus": "aeb", "case": "abc", "relevant": True, "reason": "reports the night of 2-3 May"},
        {"corpus": "aeb", "case": "def", "relevant": False, "reason": "read: another story"},
    ]
    gold.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert known_positives(gold) == {("aeb", "abc")}
