"""Readers of the reports as published: the annual report's PDF and saved country pages.

``kg.sources`` sends a file here by its type (``%PDF-`` at its start, or ``.html``/``.htm``);
each reader turns the file into blocks in reading order and :mod:`kg.published.narratives`
cuts them into one :class:`~kg.model.Document` per country narrative.
"""
from __future__ import annotations

from pathlib import Path

from ..model import Document, InputError

#: File suffixes of saved web pages.
PAGE_SUFFIXES = (".html", ".htm")


def is_published(path: Path) -> bool:
    """A report's PDF (by its first bytes, whatever its name; a ``.pdf`` that is none is refused by
    the PDF reader) or a saved web page (by its suffix)."""
    if path.suffix.lower() in PAGE_SUFFIXES + (".pdf",):
        return True
    if not path.is_file():  # a FIFO would block the sniffing; the text reader refuses it in one line
        return False
    with path.open("rb") as handle:
        return handle.read(5) == b"%PDF-"


def read_published(path: Path, skipped: list[str] | None = None) -> list[Document]:
    """The country narratives of one published file (see :func:`is_published`)."""
    if not path.is_file():  # a FIFO named report.pdf would wait for a writer for ever
        raise InputError(f"{path}: not a regular file (a device, pipe or socket)")
    if path.suffix.lower() in PAGE_SUFFIXES:
        from .html import read_page

        return [read_page(path)]
    from .pdf import print_progress, read_pdf

    return read_pdf(path, skipped=skipped, progress=print_progress)
