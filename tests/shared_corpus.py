"""Where the tests find ../shared (the development corpus and the scorer).

In order: $AKN_SHARED; `shared/` beside this checkout; `shared/` beside the checkout this
one was cloned from (a clone made in a temporary folder). Not found: the run stops with
a message saying so, rather than skipping the tests that need it.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _candidates():
    if os.environ.get("AKN_SHARED"):
        yield Path(os.environ["AKN_SHARED"])
    yield ROOT.parent / "shared"
    origin = subprocess.run(["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
                            capture_output=True, text=True).stdout.strip()
    if origin and "://" not in origin and not origin.startswith("git@"):   # a local path
        yield (ROOT / origin).resolve().parent / "shared"


SHARED = next((path for path in _candidates() if (path / "corpus").is_dir()), None)
if SHARED is None:
    raise RuntimeError("the development corpus was not found: put the shared folder beside the "
                       "checkout (../shared) or set AKN_SHARED to it")
CORPUS = SHARED / "corpus"


def score(candidate: Path, official: Path) -> dict:
    """The scorer's JSON verdict on one candidate AKN file against the official one."""
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "akn_score.py"), str(candidate), str(official),
                          "--json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)
