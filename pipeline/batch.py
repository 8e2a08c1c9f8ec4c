"""Batch conversion: many documents, several workers, incremental, resumable.

Each document is converted by `convert_document` in a worker (a local process
pool, or a Dask cluster given by its scheduler address); the parent keeps a
manifest of what was done so that a second run redoes only documents whose
input, formats or tool changed, and an interrupted run resumes where it stopped.
"""
import ctypes
import hashlib
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from . import __version__
from .atomic import make_folder, write_bytes
from .children import worker_init
from .errors import cannot_write

MANIFEST = ".akn-manifest.json"
JOURNAL = ".akn-manifest.journal"
TASKS_PER_WORKER = 500
TRIM_ABOVE = 240 * 2**20  # bytes resident in a worker


@dataclass
class Outcome:
    """What one document's conversion gave; sent back from the worker."""
    source: str
    stem: str
    ok: bool
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    symbol: str = ""
    lang: str = ""
    title: str = ""
    date: str = ""
    valid: bool = False
    skipped: bool = False


def convert_document(source: str, out_dir: str, formats: tuple, lang: str | None = None,
                     paper: str | None = None) -> Outcome:
    """Text -> AKN (+ publication formats) for one document. Never raises: a bad document is an Outcome.
    paper: 'a4' or 'letter' for every PDF (else the issuing place's paper)."""
    from lxml import etree

    from . import akn, export
    from .catalogue import describe
    from .convert import parse_file, stem_of
    from .xmlio import safe_parser, validation_errors
    from .errors import InputError, naming

    stem = stem_of(Path(source))
    outcome = Outcome(source=source, stem=stem, ok=False)
    if paper:
        from .export.pdf import PAPER_ENV
        os.environ[PAPER_ENV] = paper       # this worker's PDFs (a worker may run on another machine)
    try:
        parsed = parse_file(Path(source), lang)      # checked against the strict XSD
        doc, xml = parsed.doc, parsed.xml
        outcome.valid = True
        if doc is not None:
            outcome.symbol = akn.symbol_of(doc) or ""
            outcome.lang, outcome.title = doc.lang, doc.title or doc.cover.adopted_title or ""
            outcome.date = doc.adoption.iso if doc.adoption else ""
        else:                            # AKN given (a file, or carried by a PDF of ours): as it is
            root = etree.fromstring(xml, safe_parser())
            outcome.symbol, outcome.lang, outcome.title, outcome.date = describe(root)
            outcome.valid = not validation_errors(root.getroottree())
        outcome.warnings = list(parsed.warnings)
        out = Path(out_dir)
        make_folder(out)
        target = out / f"{stem}.akn.xml"
        if "akn" in formats and not (target.exists() and target.resolve() == Path(source).resolve()):
            outcome.written.append(str(write_bytes(target, xml)))
        publish = [f for f in formats if f != "akn"]
        if publish:
            tree = etree.ElementTree(etree.fromstring(xml, safe_parser()))
            try:
                outcome.written += [str(p) for p in export.export(tree, publish, out, stem, akn_bytes=xml)]
            except InputError as exc:
                kept = " (its AKN was written)" if "akn" in formats else ""
                raise InputError(f"{exc}{kept}") from None
        outcome.ok = True
    except InputError as exc:
        outcome.error = naming(source, exc)
    except Exception as exc:  # a batch goes on past any one document
        outcome.error = f"{source}: {type(exc).__name__}: {exc}"
    release_memory()
    return outcome


@lru_cache(maxsize=1)
def _libc():
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: nothing to trim
        return None


def release_memory() -> None:
    """Give the heap freed after a document back to the system once the worker holds more than
    TRIM_ABOVE. typst frees each document's layout, but glibc keeps the pages: without this a
    worker grows to ~350 MB over a few hundred documents. (A trim costs ~4 ms.)"""
    libc = _libc()
    if libc is None or not hasattr(libc, "malloc_trim"):
        return
    try:
        resident = int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        resident = TRIM_ABOVE  # cannot tell: trim
    if resident >= TRIM_ABOVE:
        libc.malloc_trim(0)


# The kinds of file in the package that shape outputs: code, templates, the reference DOCX,
# the pandoc server's script (not editor swap files or caches, which would redo every batch).
TOOL_FILES = (".py", ".typ", ".css", ".docx", ".lua")


def tool_fingerprint(root: Path = Path(__file__).parent) -> str:
    """The tool's version and a hash of its own files: outputs are redone when either changes."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in TOOL_FILES and not path.name.startswith("."):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _input_key(source: Path, formats: tuple, fingerprint: str) -> str:
    digest = hashlib.sha256(source.read_bytes())
    digest.update(("|".join(formats) + "|" + fingerprint).encode())
    return digest.hexdigest()


class Manifest:
    """output/.akn-manifest.json: per document, the key of the input it was made from and its outcome.

    During a batch each outcome is appended to a journal (one JSON line, flushed), and the
    manifest is rewritten once at the end: rewriting it after every few documents cost time
    in proportion to the archive (58 ms a save at 2,800 documents). A batch that was killed
    leaves its journal, which the next run reads back.
    """

    def __init__(self, out_dir: Path):
        self.path = out_dir / MANIFEST
        self.journal_path = out_dir / JOURNAL
        try:
            self.entries = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}
        self.dirty = False
        self.journal = None
        try:
            lines = self.journal_path.read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:   # the line being written when the batch was killed
                continue
            self.entries[entry["outcome"]["stem"]] = entry
            self.dirty = True

    def up_to_date(self, stem: str, key: str, formats: tuple, out_dir: Path) -> bool:
        entry = self.entries.get(stem)
        if not entry or entry.get("key") != key or not entry["outcome"]["ok"]:
            return False
        names = {"akn": f"{stem}.akn.xml"} | {f: f"{stem}.{f}" for f in formats if f != "akn"}
        return all((out_dir / names[f]).exists() for f in formats)

    def record(self, key: str, outcome: Outcome) -> None:
        entry = {"key": key, "outcome": asdict(outcome)}
        self.entries[outcome.stem] = entry
        self.dirty = True
        try:
            if self.journal is None:
                self.journal = open(self.journal_path, "a", encoding="utf-8")
            self.journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self.journal.flush()
        except OSError as exc:
            raise cannot_write(self.journal_path, exc) from None

    def save(self) -> None:
        """Write the whole manifest (atomically), then drop the journal it now contains."""
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        if self.dirty:
            data = json.dumps(self.entries, ensure_ascii=False, indent=1, sort_keys=True).encode()
            write_bytes(self.path, data)
            self.dirty = False
        self.journal_path.unlink(missing_ok=True)


class Progress:
    """One status line on a terminal: documents done, rate, time left. Silent in a pipe."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.done, self.enabled = total, 0, enabled and total > 0
        self.start = time.monotonic()

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0
        width = 30
        filled = int(width * self.done / self.total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                         f"{rate:.1f} doc/s, {left:.0f} s left ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


@dataclass
class BatchReport:
    outcomes: list[Outcome]
    seconds: float

    @property
    def done(self):
        return [o for o in self.outcomes if o.ok and not o.skipped]

    @property
    def skipped(self):
        return [o for o in self.outcomes if o.skipped]

    @property
    def failed(self):
        return [o for o in self.outcomes if not o.ok]


def run_batch(sources: list[Path], out_dir: Path, formats: tuple, *, lang=None, paper=None, jobs: int | None = None,
              force: bool = False, progress: bool = False, scheduler: str | None = None) -> BatchReport:
    """Convert `sources` into `out_dir`; documents already up to date are skipped unless `force`."""
    start = time.monotonic()
    make_folder(out_dir)
    manifest = Manifest(out_dir)
    fingerprint = tool_fingerprint()
    outcomes: list[Outcome] = []
    todo: list[tuple[Path, str]] = []
    for source in sources:
        try:
            key = _input_key(source, formats, fingerprint + (paper or ""))
        except OSError as exc:
            outcomes.append(Outcome(str(source), source.name, False, error=f"{source}: {exc.strerror or exc}"))
            continue
        stem = _stem(source)
        if not force and manifest.up_to_date(stem, key, formats, out_dir):
            previous = Outcome(**manifest.entries[stem]["outcome"])
            previous.skipped = True
            outcomes.append(previous)
        else:
            todo.append((source, key))
    bar = Progress(len(todo), progress)
    keys = {str(source): key for source, key in todo}
    try:
        for outcome in _execute(todo, out_dir, formats, lang, paper, jobs, scheduler):
            outcomes.append(outcome)
            manifest.record(keys[outcome.source], outcome)   # an interrupted batch resumes from here
            bar.step()
    finally:
        bar.close()
        manifest.save()
    order = {str(s): i for i, s in enumerate(sources)}
    outcomes.sort(key=lambda o: order.get(o.source, len(order)))
    return BatchReport(outcomes, time.monotonic() - start)


def _stem(source: Path) -> str:
    from .convert import stem_of
    return stem_of(source)


def _execute(todo, out_dir, formats, lang, paper, jobs, scheduler):
    """Yield outcomes as workers finish them: Dask when a scheduler is given, else local processes."""
    if not todo:
        return
    args = [(str(source), str(out_dir), tuple(formats), lang, paper) for source, _ in todo]
    if scheduler:
        from .distributed import run_on_cluster
        yield from run_on_cluster(scheduler, args)
        return
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(args) == 1:
        for a in args:
            yield convert_document(*a)
        return
    # Fresh workers every TASKS_PER_WORKER documents each, a safety net so that memory stays flat
    # however long the batch (a worker holds typst's fonts, the XSD and a pandoc process; measured
    # flat without it over 2,132 documents). Not more often: a fresh pool costs ~0.4 s of start-up.
    # (CPython 3.11's max_tasks_per_child can hang, hence whole pools.)
    chunk = TASKS_PER_WORKER * jobs
    for start in range(0, len(args), chunk):
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=worker_init)
        try:
            futures = [pool.submit(convert_document, *a) for a in args[start:start + chunk]]
            for future in as_completed(futures):
                yield future.result()
        except BaseException:                # Ctrl-C, SIGTERM: stop now, not after the chunk
            _stop(pool, out_dir)
            raise
        pool.shutdown(wait=True)


def _stop(pool: ProcessPoolExecutor, out_dir) -> None:
    """Cancel what has not started and kill the workers (their pandoc dies with them); the
    documents they were writing are redone next time. Their temporary files are removed."""
    workers = list((pool._processes or {}).values())     # no public way to reach them
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.kill()
    for worker in workers:
        worker.join(timeout=5)
    for leftover in Path(out_dir).glob(".*.tmp"):
        leftover.unlink(missing_ok=True)
