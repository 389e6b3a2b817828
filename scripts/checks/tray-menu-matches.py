#!/usr/bin/env python3
"""Does the tray menu read back from the screen (OCR text) say what the service's snapshot says?

Usage: tray-menu-matches.py OCR_TEXT_FILE (STATUS_JSON_FILE | --unreachable)

The expected lines come from the snapshot (`bridge-link status --json`), in the words a person
reads in the menu: the headline for the worst of `overall` and the findings' severities, one line
per peer with its name and state (online/offline/unknown/not visible), one entry per finding with its severity and title.
Each must appear on some OCR line (fuzzy: OCR misreads a letter now and then), and no other
state's headline may appear (a stale menu). Prints what it compared; exit 1 on a mismatch.
"""
import difflib
import json
import re
import sys

HEADLINES = {
    "down": "Bridge Link: link down",
    "degraded": "Bridge Link: degraded",
    "ok": "Bridge Link: all good",
    "unreachable": "Bridge Link service not running",
}
RANK = {"ok": 0, "info": 0, "degraded": 1, "warning": 1, "down": 2, "critical": 2}
SEVERITY_WORD = {"critical": "Critical", "warning": "Warning", "info": "Note"}
# Views cut menu labels to 80 characters with an ellipsis; compare what is always shown.
LABEL_PREFIX = 70
MIN_RATIO = 0.85


def norm(text):
    text = text.lower().replace("\u2026", "")
    text = re.sub(r"[^a-z0-9:().\- ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def best_match(expected, lines):
    """The best similarity of `expected` with any OCR line (or the start of one)."""
    want = norm(expected)
    best, where = 0.0, ""
    for line in lines:
        got = norm(line)
        # A leading checkbox or arrow glyph may be read as a letter or two: try a few offsets.
        for start in range(0, min(4, len(got)) + 1):
            candidate = got[start:start + len(want) + 2]
            ratio = difflib.SequenceMatcher(None, want, candidate).ratio()
            if ratio > best:
                best, where = ratio, line.strip()
    return best, where


# The tray's PeerWords.state: the service's peers[].state, so a peer nobody can see reads
# "unknown" or "not visible", never "offline"; an older service sent only online.
STATE_WORD = {"online": "online", "offline": "offline", "not-visible": "not visible",
              "not-shared": "not shared"}


def peer_state(peer):
    state = peer.get("state")
    if isinstance(state, str) and state.strip():
        return STATE_WORD.get(state.strip().lower(), "unknown")
    if peer.get("online") is None:
        return "unknown"
    return "online" if peer.get("online") is True else "offline"


def expected_lines(snapshot):
    worst = RANK.get(str(snapshot.get("overall", "ok")).lower(), 0)
    for finding in snapshot.get("findings") or []:
        worst = max(worst, RANK.get(str(finding.get("severity", "info")).lower(), 0))
    state = ["ok", "degraded", "down"][worst]
    lines = [("headline", HEADLINES[state])]
    for peer in snapshot.get("peers") or []:
        word = peer_state(peer)
        lines.append(("peer", f"{peer['name']}: {word}"))
    for finding in snapshot.get("findings") or []:
        sev = SEVERITY_WORD.get(str(finding.get("severity", "info")).lower(), "Note")
        subject = f" ({finding['subject']})" if finding.get("subject") else ""
        lines.append(("finding", f"{sev}: {finding['title']}{subject}"[:LABEL_PREFIX]))
    return state, lines


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 64
    with open(argv[1], encoding="utf-8", errors="replace") as f:
        ocr = [line for line in f.read().splitlines() if line.strip()]
    if argv[2] == "--unreachable":
        state, lines = "unreachable", [("headline", HEADLINES["unreachable"])]
    else:
        with open(argv[2], encoding="utf-8") as f:
            state, lines = expected_lines(json.load(f))
    ok = True
    for kind, text in lines:
        ratio, where = best_match(text, ocr)
        good = ratio >= MIN_RATIO
        ok &= good
        print(f"    {'ok ' if good else 'BAD'} {kind:8} {text!r}: {ratio:.2f} {where!r}")
    for other, headline in HEADLINES.items():
        if other == state:
            continue
        ratio, where = best_match(headline, ocr)
        if ratio >= 0.95:
            ok = False
            print(f"    BAD stale    {headline!r} is on screen in state {state}: {where!r}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
