"""``kg export``: the graph of a build in a standard RDF syntax, byte-for-byte reproducible.

Dataset syntaxes (TriG, N-Quads, JSON-LD) keep one named graph per document plus the
vocabulary, shared and tallies graphs; triple syntaxes (Turtle, N-Triples, RDF/XML) hold the
merge of all graphs (no statement is in two graphs, so the merge repeats none).
TriG and Turtle are the build's graph files streamed one after the other (``graphs/``, written
byte-stable by ``kg build``), so that exporting a large build holds none of it in memory; the
other syntaxes are written by Oxigraph from the store: its output order follows the store's
indexes, which depend only on the quads, not on the order they were loaded, so the same graph
gives the same bytes. N-Triples and N-Quads lines are also sorted. Files are written to a
temporary file that replaces the target only when complete.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from . import store
from .files import replacing
from .formats import EXPORT_FORMATS, EXPORT_SUFFIXES
from .model import InputError
from .vocab import PREFIXES

#: Export format → (pyoxigraph RdfFormat name, holds named graphs, usual file suffix).
FORMATS = EXPORT_FORMATS


def format_of(out: str | Path | None, fmt: str | None = None) -> str:
    """The export format: ``fmt`` if given, else the one the suffix of ``out`` names.

    Examples
    --------
    >>> format_of("kg.jsonld"), format_of("graph.rdf"), format_of(None, "nq")
    ('jsonld', 'xml', 'nq')
    """
    if fmt:
        if fmt not in FORMATS:
            raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
        return fmt
    if out is None:
        raise InputError("give --format (standard output has no file suffix to tell it)")
    suffix = Path(out).suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise InputError(f"{out}: no export format for the suffix {suffix or '(none)'!r} "
                         f"(use --format {'|'.join(FORMATS)})")
    return EXPORT_SUFFIXES[suffix]


def export_bytes(build_dir: str | Path, fmt: str) -> bytes:
    """The graph of a build serialised as ``fmt`` (see :data:`FORMATS`).

    Examples
    --------
    >>> data = export_bytes("build", "nq")
    >>> data.splitlines() == sorted(data.splitlines())
    True
    """
    buffer = io.BytesIO()
    export_to(build_dir, fmt, buffer)
    return buffer.getvalue()


def export_to(build_dir: str | Path, fmt: str, out: BinaryIO) -> None:
    """Write the graph of a build as ``fmt`` to the binary stream ``out``; TriG and Turtle are streamed."""
    import pyoxigraph as ox

    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    store.check_layout(build_dir, strict=False)  # the export is what the old build holds: a warning
    if fmt in ("trig", "ttl") and store.has_graph_files(Path(build_dir)):
        store.write_merged(Path(build_dir), out, fmt)
        return
    format_name, dataset, _ = FORMATS[fmt]
    rdf_format = getattr(ox.RdfFormat, format_name)
    source = store.open_store(Path(build_dir))
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    if dataset:
        data = source.dump(format=rdf_format, **({} if fmt == "nq" else {"prefixes": prefixes}))
    else:
        merged = ox.Store()  # in memory: the merge of all graphs, duplicates collapsed
        merged.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                           for q in source.quads_for_pattern(None, None, None, None))
        data = merged.dump(format=rdf_format, from_graph=ox.DefaultGraph(),
                           prefixes=None if fmt == "nt" else prefixes)
    if fmt in ("nt", "nq"):
        lines = sorted(set(data.splitlines()))
        data = b"".join(line + b"\n" for line in lines if line)
    out.write(data)


def export(build_dir: str | Path, fmt: str, out: str | Path | None = None) -> Path | bytes:
    """Export the graph of ``build_dir`` as ``fmt``; write it to ``out`` atomically, or return it.

    Parameters
    ----------
    build_dir : a build folder.
    fmt : ``ttl``, ``trig``, ``nt``, ``nq``, ``jsonld`` or ``xml``.
    out : target file; ``None`` returns the bytes instead.

    Returns
    -------
    The path written, or the bytes when ``out`` is ``None``.
    """
    if out is None:
        return export_bytes(build_dir, fmt)
    target = Path(out)
    with replacing(target) as temporary, temporary.open("wb") as stream:
        export_to(build_dir, fmt, stream)
    return target
