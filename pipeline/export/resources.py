"""Files shipped in pipeline/export/templates (package data)."""
from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"


def path(name: str) -> Path:
    return TEMPLATES / name


def read_text(name: str) -> str:
    return path(name).read_text(encoding="utf-8")
