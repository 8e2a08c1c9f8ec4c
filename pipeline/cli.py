"""The `akn` command: parse, export, convert, validate."""
import sys
from pathlib import Path

import click

from . import __version__, export as exporter
from .convert import (BatchResult, collect_inputs, convert_one, parse_bytes, parse_file, parse_formats,
                      stem_of)
from .errors import InputError
from .atomic import write_bytes
from .languages import LANGUAGES
from .xmlio import parse_akn_bytes, read_akn, validation_errors

LANG = click.Choice(sorted(LANGUAGES))


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
    """Parse a resolution's text (SOURCE, '-' for stdin) into AKN4UN XML.

    Example: akn parse input/A_RES_58_170_fr.txt -o output/A_RES_58_170_fr.akn.xml
    """
    try:
        if source == "-":
            parsed = parse_bytes(sys.stdin.buffer.read(), "<stdin>", lang)
        else:
            parsed = parse_file(Path(source), lang)
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
@click.argument("sources", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=str))
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
                tree, stem = parse_akn_bytes(sys.stdin.buffer.read(), "<stdin>"), "stdin"
            else:
                tree, stem = read_akn(Path(source)), stem_of(Path(source))
            for path in exporter.export(tree, wanted, output_dir, stem):
                click.echo(str(path))
        except InputError as exc:
            failed.append(str(exc))
            click.echo(f"akn: error: {exc}", err=True)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "formats", default="akn,html,pdf,docx,epub", show_default=True,
              help="Comma-separated formats: akn, html, pdf, docx, epub.")
@click.option("-o", "--output-dir", default="output", show_default=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--lang", type=LANG, help="Language of every text (detected per text when not given).")
@click.option("-q", "--quiet", is_flag=True, help="Only print errors.")
def convert(sources, formats, output_dir, lang, quiet):
    """Convert text files and folders (their *.txt) through every stage.

    A bad file is reported and skipped; the exit status is 1 if any failed.

    Example: akn convert input/ -o output/ --to akn,html,pdf,docx,epub
    """
    try:
        wanted = parse_formats(formats)
    except InputError as exc:
        fail(str(exc))
    inputs = collect_inputs(sources)
    result = BatchResult()
    for source in inputs:
        convert_one(source, output_dir, wanted, lang, result)
        if result.failed and result.failed[-1].startswith(str(source)):
            click.echo(f"akn: error: {result.failed[-1]}", err=True)
    if not quiet:
        for source, warnings in result.warnings.items():
            for warning in warnings:
                click.echo(f"{source}: warning: {warning}", err=True)
        click.echo(f"{len(inputs) - len(result.failed)} converted, {len(result.failed)} failed, "
                   f"{sum(map(len, result.warnings.values()))} audit warnings; {len(result.written)} files in {output_dir}",
                   err=True)
    if result.failed:
        click.echo("failed:\n  " + "\n  ".join(result.failed), err=True)
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
