"""The `akn` command: parse, export, convert, parallel, validate."""
import os
import signal
import sys
from pathlib import Path

import click

from . import __version__, export as exporter
from .batch import Manifest, run_batch
from .catalogue import write_catalogue
from .convert import collect_inputs, name_of_symbol, parse_bytes, parse_file, parse_formats, stem_of
from .errors import InputError, Terminated, naming
from .atomic import check_writable, write_bytes
from .catalogue import describe
from .languages import LANGUAGES
from .xmlio import parse_akn_bytes, read_bytes, validation_errors

LANG = click.Choice(sorted(LANGUAGES), case_sensitive=False)
MAX_WARNINGS_SHOWN = 50  # audit warnings printed after a batch; the catalogue lists them all


def fail(message: str) -> None:
    click.echo(f"akn: error: {message}", err=True)
    sys.exit(1)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def write_stdout(data: bytes) -> None:
    """Standard output as a file: a full disk or a closed pipe is one line, not a traceback."""
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except OSError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())   # nothing left to flush at exit
        fail(f"<stdout>: cannot write ({exc.strerror or exc})")


def _terminate(signum, frame):
    raise Terminated()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="akn")
def main():
    """UN resolutions as text -> Akoma Ntoso 3.0 (AKN4UN) XML -> HTML, PDF, DOCX, EPUB."""


@main.command()
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True, path_type=str))
@click.option("-o", "--output", default="-", show_default=True, help="AKN file to write ('-' for stdout).")
@click.option("--lang", type=LANG, help="Language of the text (detected when not given).")
@click.option("--report", is_flag=True, help="Print the audit (what could not be placed) on stderr.")
@click.option("--strict", is_flag=True, help="Exit 2 when the audit has any warning.")
def parse(source, output, lang, report, strict):
    """Parse a resolution's text or PDF (SOURCE, '-' for stdin) into AKN4UN XML.

    A PDF is read by its layout (fonts, positions, the notes under the rule); a PDF made
    by akn-pipeline gives back the AKN it carries.

    \b
    Example: akn parse input/A_RES_58_170_fr.txt -o output/A_RES_58_170_fr.akn.xml
             akn parse A_RES_79_227_en.pdf -o A_RES_79_227_en.akn.xml
    """
    lang = lang.lower() if lang else None
    try:
        if source == "-":
            parsed = parse_bytes(sys.stdin.buffer.read(), "<stdin>", lang)
        else:
            parsed = parse_file(Path(source), lang)
        for notice in parsed.notices:
            click.echo(f"{source}: note: {notice}", err=True)
        if output == "-":
            write_stdout(parsed.xml)
        else:
            write_bytes(Path(output), parsed.xml)
    except InputError as exc:
        fail(str(exc))
    if report or strict:
        for warning in parsed.warnings:
            click.echo(f"{source}: warning: {warning}", err=True)
    if strict and parsed.warnings:
        sys.exit(2)


@main.command(name="export")
@click.argument("sources", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=str))
@click.option("--to", "formats", default="html,pdf,docx,epub", show_default=True,
              help="Comma-separated formats: html, pdf, docx, epub.")
@click.option("-o", "--output-dir", default=".", show_default=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--paper", type=click.Choice(["a4", "letter"], case_sensitive=False),
              help="Paper of every PDF (default: the issuing place's: US Letter for New York, A4 for Geneva).")
def export_cmd(sources, formats, output_dir, paper):
    """Publish AKN files (any AKN4UN XML, '-' for stdin) as HTML, PDF, DOCX, EPUB.

    Example: akn export output/A_RES_58_170_fr.akn.xml --to html,pdf -o output/
    """
    try:
        wanted = parse_formats(formats, exporter.FORMATS)
    except InputError as exc:
        fail(str(exc))
    if paper:
        from .export.pdf import PAPER_ENV
        os.environ[PAPER_ENV] = paper.lower()
    failed = []
    for source in sources:
        try:
            if source == "-":
                data, stem = sys.stdin.buffer.read(), None
            elif Path(source).is_dir():
                raise InputError(f"{source}: a folder; publish a folder with: akn convert {source} -o OUTPUT")
            else:
                data, stem = read_bytes(Path(source)), stem_of(Path(source))
            tree = parse_akn_bytes(data, source if source != "-" else "<stdin>")
            stem = stem or name_from_symbol(tree.getroot())
            for path in exporter.export(tree, wanted, output_dir, stem, akn_bytes=data):
                click.echo(str(path))
        except InputError as exc:
            message = naming(source if source != "-" else "<stdin>", exc)
            failed.append(message)
            click.echo(f"akn: error: {message}", err=True)
    sys.exit(1 if failed else 0)


def name_from_symbol(root) -> str:
    """Files named as the tool names them: A/RES/78/123 in English -> A_RES_78_123_en."""
    symbol, lang, _, _ = describe(root)
    base = name_of_symbol(symbol)
    return f"{base}_{lang}" if base and lang else base or "document"


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "formats", default="akn,html,pdf,docx,epub", show_default=True,
              help="Comma-separated formats: akn, html, pdf, docx, epub.")
@click.option("-o", "--output-dir", default="output", show_default=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--lang", type=LANG, help="Language of every text (detected per text when not given).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: the machine's cores).")
@click.option("--force", is_flag=True, help="Redo every document, even those already up to date.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run on a Dask cluster (tcp://HOST:8786) instead of local processes.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; errors only.")
@click.option("--parallel", is_flag=True,
              help="Also write the parallel edition (HTML, PDF) of every resolution with two or more languages.")
@click.option("--paper", type=click.Choice(["a4", "letter"], case_sensitive=False),
              help="Paper of every PDF (default: the issuing place's: US Letter for New York, A4 for Geneva).")
def convert(sources, formats, output_dir, lang, jobs, force, scheduler, quiet, parallel, paper):
    """Convert texts, PDFs and AKN files, and folders of them, through every stage.

    A folder gives its *.txt, *.pdf and *.xml (AKN: published as it is); an XML file named
    like a text or PDF beside it (NAME.txt + NAME.xml) is that document's AKN, not an input.

    Only documents whose text, formats or tool changed are redone; a bad file is
    reported and skipped, the exit status is then 1. Writes OUTPUT_DIR/index.html,
    a catalogue of the batch.

    Example: akn convert input/ -o output/ --to akn,html,pdf,docx,epub
    """
    signal.signal(signal.SIGTERM, _terminate)
    lang = lang.lower() if lang else None
    try:
        wanted = tuple(parse_formats(formats))
        inputs = collect_inputs(sources)
        if not inputs:
            raise InputError(f"{' '.join(map(str, sources))}: no texts, PDFs or AKN files to convert "
                             "(*.txt, *.pdf, *.xml)")
        check_writable(output_dir)
        report = run_batch(inputs, output_dir, wanted, lang=lang, paper=paper.lower() if paper else None, jobs=jobs, force=force,
                           progress=not quiet and sys.stderr.isatty(), scheduler=scheduler)
        entries = [e["outcome"] for e in Manifest(output_dir).entries.values()]
        editions, edition_errors = {}, []
        if parallel:
            from .editions import batch_editions
            editions, edition_errors = batch_editions(output_dir, entries, {o.stem for o in report.done})
        write_catalogue(output_dir, entries, editions)
    except InputError as exc:
        fail(str(exc))
    except Terminated:
        click.echo("akn: terminated; finished documents are kept, run again to resume", err=True)
        sys.exit(143)
    except KeyboardInterrupt:
        click.echo("akn: interrupted; finished documents are kept, run again to resume", err=True)
        sys.exit(130)
    for outcome in report.failed:          # once each, with -q too
        click.echo(f"akn: error: {outcome.error}", err=True)
    for message in edition_errors:
        click.echo(f"akn: error: {message}", err=True)
    if not quiet:
        warnings = [(o.source, w) for o in report.done for w in o.warnings]
        for source, warning in warnings[:MAX_WARNINGS_SHOWN]:
            click.echo(f"{source}: warning: {warning}", err=True)
        if len(warnings) > MAX_WARNINGS_SHOWN:
            more = warnings[MAX_WARNINGS_SHOWN:]
            click.echo(f"... and {len(more)} more audit warnings in {len({s for s, _ in more})} documents "
                       f"(all listed in {output_dir / 'index.html'})", err=True)
        if report.outcomes and not report.done and not report.failed:
            click.echo(f"{plural(len(report.skipped), 'document')} up to date, nothing to do", err=True)
        else:
            rate = len(report.done) / report.seconds if report.seconds else 0
            click.echo(f"{len(report.done)} converted, {len(report.skipped)} up to date, {len(report.failed)} failed, "
                       f"{plural(sum(len(o.warnings) for o in report.done), 'audit warning')} "
                       f"({report.seconds:.1f} s, {rate:.1f} documents/s); catalogue: {output_dir / 'index.html'}",
                       err=True)
    if parallel and not quiet:
        differing = sum(1 for e in editions.values() if e["report"])
        click.echo(f"{plural(len(editions), 'parallel edition')}, {differing} with cross-language differences "
                   f"(listed in {output_dir / 'index.html'})", err=True)
    if report.failed or edition_errors:
        sys.exit(1)


@main.command(name="parallel")
@click.argument("sources", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output-dir", default=".", show_default=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--to", "formats", default="html,pdf", show_default=True, help="Comma-separated: html, pdf.")
@click.option("--langs", help="Only these languages, comma-separated (e.g. en,fr,ar).")
@click.option("--strict", is_flag=True, help="Exit 2 when the versions differ in structure.")
def parallel_cmd(sources, output_dir, formats, langs, strict):
    """One resolution in two to six languages (AKN, text or PDF files), side by side.

    Aligns the versions unit by unit (by role and number, never by translation), prints the
    cross-language report on stderr (paragraphs missing or extra at any depth, notes, document
    symbols and dates that differ) and writes OUTPUT_DIR/NAME.parallel.html and .pdf.

    \b
    Example: akn parallel A_RES_78_123_*.xml -o output/
             akn parallel A_RES_78_123_en.txt A_RES_78_123_fr.txt A_RES_78_123_ar.txt --to html
    """
    from .editions import FORMATS, build
    try:
        wanted = parse_formats(formats, FORMATS)
        chosen = [lang.strip().lower() for lang in langs.split(",")] if langs else None
        edition = build(list(sources), output_dir, wanted, chosen)
    except InputError as exc:
        fail(str(exc))
    for line in edition.report:
        click.echo(f"{edition.name}: {line}", err=True)
    if not edition.report:
        click.echo(f"{edition.name}: the {len(edition.langs)} versions agree in structure", err=True)
    for path in edition.written:
        click.echo(str(path))
    if strict and edition.report:
        sys.exit(2)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
def validate(sources):
    """Validate AKN files against the strict OASIS Akoma Ntoso 3.0 schema; exit 1 if any is invalid.

    Example: akn validate output/*.akn.xml
    """
    invalid = 0
    for source in sources:
        try:
            data = read_bytes(source)
        except InputError as exc:           # a file that cannot be read: an error, not a verdict
            click.echo(f"akn: error: {naming(source, exc)}", err=True)
            invalid += 1
            continue
        try:
            errors = validation_errors(parse_akn_bytes(data, str(source)))
        except InputError as exc:           # not XML, not AKN, unsafe: invalid
            errors = [str(exc).removeprefix(f"{source}: ")]
        if errors:
            invalid += 1
            click.echo(f"{source}: invalid: {errors[0]}" + (f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""))
        else:
            click.echo(f"{source}: valid")
    sys.exit(1 if invalid else 0)


if __name__ == "__main__":
    main()
