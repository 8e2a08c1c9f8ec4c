"""The `akn` command: parse, export, convert, validate."""
import sys
from pathlib import Path

import click

from . import __version__, export as exporter
from .batch import Manifest, run_batch
from .catalogue import write_catalogue
from .convert import collect_inputs, parse_bytes, parse_file, parse_formats, stem_of
from .errors import InputError, naming
from .atomic import write_bytes
from .languages import LANGUAGES
from .xmlio import parse_akn_bytes, read_akn, read_bytes, validation_errors

LANG = click.Choice(sorted(LANGUAGES))
MAX_WARNINGS_SHOWN = 50  # audit warnings printed after a batch; the catalogue lists them all


def fail(message: str) -> None:
    click.echo(f"akn: error: {message}", err=True)
    sys.exit(1)


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
    try:
        if source == "-":
            parsed = parse_bytes(sys.stdin.buffer.read(), "<stdin>", lang)
        else:
            parsed = parse_file(Path(source), lang)
        if parsed.given:
            click.echo(f"{source}: note: a PDF made by akn-pipeline; the AKN it carries is returned "
                       "as it is, not parsed again", err=True)
        if output == "-":
            sys.stdout.buffer.write(parsed.xml)
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
def export_cmd(sources, formats, output_dir):
    """Publish AKN files (any AKN4UN XML, '-' for stdin) as HTML, PDF, DOCX, EPUB.

    Example: akn export output/A_RES_58_170_fr.akn.xml --to html,pdf -o output/
    """
    try:
        wanted = parse_formats(formats)
        if "akn" in wanted:
            raise InputError("export reads AKN; choose from html, pdf, docx, epub")
    except InputError as exc:
        fail(str(exc))
    failed = []
    for source in sources:
        try:
            if source == "-":
                data, stem = sys.stdin.buffer.read(), "stdin"
            elif Path(source).is_dir():
                raise InputError(f"{source}: a folder; publish a folder with: akn convert {source} -o OUTPUT")
            else:
                data, stem = read_bytes(Path(source)), stem_of(Path(source))
            tree = parse_akn_bytes(data, source if source != "-" else "<stdin>")
            for path in exporter.export(tree, wanted, output_dir, stem, akn_bytes=data):
                click.echo(str(path))
        except InputError as exc:
            message = naming(source, exc)
            failed.append(message)
            click.echo(f"akn: error: {message}", err=True)
    sys.exit(1 if failed else 0)


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
def convert(sources, formats, output_dir, lang, jobs, force, scheduler, quiet):
    """Convert texts, PDFs and AKN files, and folders of them, through every stage.

    A folder gives its *.txt, *.pdf and *.xml (AKN: published as it is); an XML file named
    like a text or PDF beside it (NAME.txt + NAME.xml) is that document's AKN, not an input.

    Only documents whose text, formats or tool changed are redone; a bad file is
    reported and skipped, the exit status is then 1. Writes OUTPUT_DIR/index.html,
    a catalogue of the batch.

    Example: akn convert input/ -o output/ --to akn,html,pdf,docx,epub
    """
    try:
        wanted = tuple(parse_formats(formats))
        report = run_batch(collect_inputs(sources), output_dir, wanted, lang=lang, jobs=jobs, force=force,
                           progress=not quiet and sys.stderr.isatty(), scheduler=scheduler)
    except InputError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        click.echo("akn: interrupted; finished documents are kept, run again to resume", err=True)
        sys.exit(130)
    write_catalogue(output_dir, [e["outcome"] for e in Manifest(output_dir).entries.values()])
    for outcome in report.failed:          # once each, with -q too
        click.echo(f"akn: error: {outcome.error}", err=True)
    if not quiet:
        warnings = [(o.source, w) for o in report.done for w in o.warnings]
        for source, warning in warnings[:MAX_WARNINGS_SHOWN]:
            click.echo(f"{source}: warning: {warning}", err=True)
        if len(warnings) > MAX_WARNINGS_SHOWN:
            more = warnings[MAX_WARNINGS_SHOWN:]
            click.echo(f"... and {len(more)} more audit warnings in {len({s for s, _ in more})} documents "
                       f"(all listed in {output_dir / 'index.html'})", err=True)
        if report.outcomes and not report.done and not report.failed:
            click.echo(f"{len(report.skipped)} documents up to date, nothing to do", err=True)
        else:
            rate = len(report.done) / report.seconds if report.seconds else 0
            click.echo(f"{len(report.done)} converted, {len(report.skipped)} up to date, {len(report.failed)} failed, "
                       f"{sum(len(o.warnings) for o in report.done)} audit warnings "
                       f"({report.seconds:.1f} s, {rate:.1f} documents/s); catalogue: {output_dir / 'index.html'}",
                       err=True)
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
def validate(sources):
    """Validate AKN files against the strict OASIS Akoma Ntoso 3.0 schema; exit 1 if any is invalid.

    Example: akn validate output/*.akn.xml
    """
    invalid = 0
    for source in sources:
        try:
            errors = validation_errors(read_akn(source))
        except InputError as exc:
            errors = [str(exc).removeprefix(f"{source}: ")]
        if errors:
            invalid += 1
            click.echo(f"{source}: invalid: {errors[0]}" + (f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""))
        else:
            click.echo(f"{source}: valid")
    sys.exit(1 if invalid else 0)


if __name__ == "__main__":
    main()
