"""Read input files into :class:`~kg.model.Document` records.

Two kinds of input:

* plain-text narratives (``.txt``; a folder is read for its ``.txt`` files, sorted);
* JSON-lines corpora (``.jsonl``) of ``{"id", "edition", "country", "iso2", "text"}``;
* the reports as published: a report's PDF (``%PDF-`` at its start) and saved country pages
  (``.html``, ``.htm``), read by :mod:`kg.published`.

Bad input raises :class:`~kg.model.InputError` with a one-line message naming the file.
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import Document, InputError
from .places import load_gazetteer
from .published import PAGE_SUFFIXES, is_published, read_published
from .vocab import document_iri

#: A narrative larger than this is refused: TIP narratives are well under 200 kB.
MAX_FILE_BYTES = 64 * 1024 * 1024

_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")
# "2019-de.txt", and "2019-de-2.txt" or "2019-de-prosecution.txt" for an excerpt of the same narrative
_FILE_NAME_META = re.compile(r"^(?:(?P<year>(?:19|20)\d\d)-(?P<iso>[a-z]{2})(?:[-_. ][^/]*)?|(?P<name>.+?)-(?P<year2>(?:19|20)\d\d))$", re.I)
_HEADER_COUNTRY = re.compile(
    r"^\s*(?P<name>[^\W\d_][^\W\d_ .,'’()-]*(?:[ .,'’()-]+[^\W\d_]+)*?)\s*(?:\(\s*(?:Tier|Special)|:\s*(?:Tier|Special))",
    re.M)
_REPORT_LINE = re.compile(r"\b(?:Trafficking in Persons|TIP)\s+Report\b", re.I)
#: Lines at the top of a narrative that may hold its title (country, tier, report year).
HEADER_LINES = 8


def read_sources(paths: Iterable[str | Path], *, keep_going: bool = False, known: dict[str, dict] | None = None,
                 record: dict[str, dict] | None = None) -> tuple[list[Document], list[str]]:
    """Read every input path into documents.

    Parameters
    ----------
    paths : files or folders; ``.jsonl`` files are corpora, anything else a narrative.
    keep_going : skip bad records of a corpus (and bad files) instead of failing.
    known : what an earlier read recorded (``record``): a text or corpus file whose size, times and
        inode are still those recorded is not read again; its documents come back without their
        text (``text == ""``, which no document read has: :func:`read_texts` reads them when needed).
    record : filled, when given, with what ``known`` takes: each text or corpus file's stamp and its
        documents but their text (``{path: {"stamp", "documents", "skipped"}}``).

    Returns
    -------
    (documents, skipped) : documents sorted by id, and one message per skipped input.

    Examples
    --------
    >>> docs, skipped = read_sources(["data/kosovo-2009.txt"])
    >>> docs[0].id, docs[0].country, docs[0].year
    ('kosovo-2009', 'XK', 2009)
    """
    documents: dict[str, Document] = {}
    graphs: dict[str, str] = {}  # graph IRI → id: ids that differ only in case or punctuation collide
    skipped: list[str] = []
    for path in _expand(paths):
        try:
            stamp = _stamp(path) if path.suffix.lower() in _STAMPED_SUFFIXES else None
            earlier: dict = (known or {}).get(str(path)) or {}
            read = _unread(earlier) if stamp is not None and earlier.get("stamp") == stamp \
                and (keep_going or not earlier.get("skipped")) else None
            if read is not None:
                skipped += earlier.get("skipped", [])
                if record is not None:
                    record[str(path)] = earlier
            else:
                before = len(skipped)
                read = list(_read_path(path, skipped if keep_going else None))
                if stamp is not None and record is not None:
                    record[str(path)] = {"stamp": stamp, "skipped": skipped[before:], "documents": [
                        {k: v for k, v in dataclasses.asdict(doc).items() if k != "text"} for doc in read]}
            for doc in read:
                first = graphs.setdefault(str(document_iri(doc.id)), doc.id)
                if doc.id in documents or first != doc.id:
                    raise InputError(f"{doc.source}: duplicate document id {doc.id!r} "
                                     f"(same as {first!r} in {documents[first].source})")
                documents[doc.id] = _without_controls(doc)
        except InputError as err:
            if not keep_going:
                raise
            skipped.append(str(err))
    if not documents:
        raise InputError("no documents to build: " + ("; ".join(skipped) if skipped else "no input files"))
    return [documents[k] for k in sorted(documents)], skipped


_FIELDS = tuple(field.name for field in dataclasses.fields(Document) if field.name not in ("text", "pages"))


def _unread(earlier: dict) -> list[Document] | None:
    """The documents of a file as an earlier read recorded them, without their texts (None if the record is not one)."""
    try:
        return [Document(**{name: fields[name] for name in _FIELDS if name in fields}, text="",
                         pages=tuple(map(tuple, fields.get("pages", ())))) for fields in earlier["documents"]]
    except (TypeError, KeyError, ValueError):
        return None


def read_texts(documents: Iterable[Document]) -> list[Document]:
    """The documents with their texts: those that :func:`read_sources` gave without (``text == ""``)
    are read again from their files."""
    documents = list(documents)
    wanted: dict[str, set[str]] = {}
    for doc in documents:
        if not doc.text:
            wanted.setdefault(doc.source, set()).add(doc.id)
    found: dict[str, Document] = {}
    for source, ids in wanted.items():
        found.update((doc.id, _without_controls(doc)) for doc in _read_path(Path(source), []) if doc.id in ids)
        if missing := ids - found.keys():
            raise InputError(f"{source}: changed while it was read (no document {sorted(missing)[0]!r} now)")
    return [found.get(doc.id, doc) if not doc.text else doc for doc in documents]


#: Inputs whose documents an earlier build's record may give when the file is unchanged: texts and
#: corpora (a report's PDF or page is read again, its reading may change with pypdfium2).
_STAMPED_SUFFIXES = (".txt", ".jsonl")


#: A file changed less than this long before it is read is read again next time: the clock that
#: stamps files ticks coarsely, so two changes within a tick (the same size) would look like one.
_SETTLED_NS = 1_000_000_000


def _stamp(path: Path) -> list[int] | None:
    """What tells that a file is unchanged: its device, inode, size and modification and change
    times; None for a file changed just now (see ``_SETTLED_NS``)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    if stat.st_ctime_ns > time.time_ns() - _SETTLED_NS:
        return None
    return [stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            # A folder is read for its narratives only; a corpus is named explicitly, so that a
            # gold file or other JSON lines next to the texts are never taken for input.
            # (sorted as strings, the order of paths of one folder: comparing Path objects cost a rebuild
            # of 1,000 narratives 10 ms, as much as the rest of listing them)
            files = sorted((Path(entry.path) for entry in os.scandir(path)
                            if os.path.splitext(entry.name)[1].lower() in _FOLDER_SUFFIXES and entry.is_file()), key=str)
            if not files:
                raise InputError(f"{path}: folder holds no .txt narrative, .pdf report or saved .html page")
            yield from files
        else:
            yield path


def _read_text(path: Path) -> str:
    if not path.is_file():  # /dev/zero would be read for ever, a FIFO would wait for a writer
        raise InputError(f"{path}: not a regular file (a device, pipe or socket)")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path}: file too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text (byte {err.start}: {data[err.start:err.start + 1]!r})") from None
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return text


_FOLDER_SUFFIXES = (".txt", ".pdf") + PAGE_SUFFIXES


def _read_path(path: Path, skipped: list[str] | None) -> Iterator[Document]:
    if not _is_unicode(str(path)):  # a name of bytes that are not UTF-8 would make an id no IRI can hold
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        raise InputError(f"{shown}: the file name is not UTF-8 text; rename the file")
    if is_published(path):
        yield from read_published(path, skipped)
    elif path.suffix == ".jsonl":
        yield from _read_corpus(path, skipped)
    else:
        yield _read_narrative(path)


#: C0 control characters (but tab and LF) as the characters that stand for them: XML 1.0 cannot
#: hold them at all, so an RDF/XML export of a text with one was not XML; a page break is a line
#: break. One character for one, so that no offset moves.
_CONTROLS = {code: " " for code in range(0x20) if chr(code) not in "\t\n"} | {0x0B: "\n", 0x0C: "\n", 0x0D: "\n"}
#: Any of them: most texts have none, and ``str.translate`` visits each character in Python's
#: slow path (1.2 s of CPU for 1,000 full narratives, on every build), a regular expression does not.
_ANY_CONTROL = re.compile("[" + "".join(map(chr, _CONTROLS)) + "]")


def _without_controls(doc: Document) -> Document:
    """The document with each control character of its text replaced (see ``_CONTROLS``)."""
    if not _ANY_CONTROL.search(doc.text):
        return doc
    text = doc.text.translate(_CONTROLS)
    return doc if text == doc.text else dataclasses.replace(doc, text=text)


def _lf_line_ends(text: str) -> str:
    """Line ends of every system as "\n": segmentation would take a text whose lines end with CR
    alone (old Mac) for one long line, and lose its recommendations."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_narrative(path: Path) -> Document:
    text = _lf_line_ends(_read_text(path))
    gazetteer = load_gazetteer()
    meta = _FILE_NAME_META.match(path.stem)
    iso = name = None
    year = None
    if meta and meta["iso"]:
        place = _country_or_none(meta["iso"].upper())
        iso, year = (place.key if place else None), int(meta["year"])
    elif meta:
        year = int(meta["year2"])
    elif len(set(_YEAR.findall(path.stem))) == 1:  # "kosovo report 2009"
        year = int(_YEAR.findall(path.stem)[0])
    head = "\n".join([line for line in text.splitlines() if line.strip()][:HEADER_LINES])
    header = _HEADER_COUNTRY.search(head)
    if header:
        place = gazetteer.resolve(header["name"].strip(" .,-"))
        if place and place.kind == "country":
            iso = iso or place.key
            name = place.label
    elif (place := _bare_country_line(head)) is not None:  # "BRUNEI": a page's header without its tier
        iso = iso or place.key
        name = place.label
    if iso is None and meta and meta["name"]:  # no header: the file name (kosovo-2009.txt)
        place = gazetteer.resolve(re.sub(r"[-_]+", " ", meta["name"]))
        iso = place.key if place and place.kind == "country" else None
    if iso is None:
        # Not the first country the text names: a profile often opens on the victims' countries.
        if header:
            raise InputError(f"{path}: unknown country {header['name'].strip()!r} in the header")
        raise InputError(f"{path}: unknown country: no header like 'KOSOVO (Tier 2)' and no country in the "
                         "file name (name it like kosovo-2009.txt or 2009-xk.txt)")
    if year is None:
        # The title lines only: up to the end of the country header's line when there is one ("Since the
        # release of the 2008 TIP Report, ..." in the text after it is no title).
        line_end = head.find("\n", header.end()) if header else -1
        titles = head[:line_end] if line_end >= 0 else head
        found = next((_YEAR.search(line) for line in titles.splitlines() if _REPORT_LINE.search(line)), None)
        year = int(found.group(1)) if found and found.group(1) else None
    name = name or gazetteer.country(iso).label
    return Document(id=path.stem, text=text, country=iso, country_name=name, year=year,
                    source=str(path), kind="narrative")


def _bare_country_line(head: str):
    """The country of a title line that is only a country's name in capitals ("THE GAMBIA"), else None."""
    for line in head.splitlines():
        words = line.strip().strip(":.")
        if not words or _REPORT_LINE.search(words):
            continue
        if words.upper() != words or len(words) > 60:
            return None
        place = load_gazetteer().resolve(words.title())
        return place if place is not None and place.kind == "country" else None
    return None


def _is_unicode(text: str) -> bool:
    """Whether ``text`` is valid Unicode (no lone surrogate, as JSON escapes or undecodable file names give)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _country_or_none(iso: str):
    try:
        return load_gazetteer().country(iso)
    except KeyError:
        return None


def _read_corpus(path: Path, skipped: list[str] | None) -> Iterator[Document]:
    text = _read_text(path)
    for number, line in enumerate(text.split("\n"), 1):  # not splitlines(): U+2028 is legal in JSON strings
        if not line.strip():
            continue
        try:
            yield _corpus_record(path, number, line)
        except InputError as err:
            if skipped is None:
                raise
            skipped.append(str(err))


def _corpus_record(path: Path, number: int, line: str) -> Document:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"{where}: malformed JSON ({err.msg} at column {err.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deep to read") from None
    except ValueError as err:  # a number of more than 4,300 digits
        raise InputError(f"{where}: unreadable JSON ({str(err).split(':')[0]})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: a record must be a JSON object")
    for key in ("id", "text"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise InputError(f"{where}: record has no {key!r} string")
        if not _is_unicode(record[key]):
            raise InputError(f"{where}: the record's {key!r} holds a lone surrogate (an invalid \\u escape)")
    iso = record.get("iso2")
    place = _country_or_none(iso) if isinstance(iso, str) else None
    if place is None and isinstance(record.get("country"), str):
        place = load_gazetteer().resolve(record["country"])
        place = place if place and place.kind == "country" else None
    if place is None:
        raise InputError(f"{where}: unknown country {record.get('iso2') or record.get('country')!r} in record {record['id']!r}")
    edition = record.get("edition")
    if edition is not None and not (isinstance(edition, int) and 1990 <= edition <= 2100):
        raise InputError(f"{where}: edition {edition!r} is not a year")
    return Document(id=record["id"], text=_lf_line_ends(record["text"]), country=place.key, country_name=place.label,
                    year=stamped_year(record["text"]) or edition, source=str(path), kind="summary", edition=edition)


_STAMP = re.compile(r"\((?P<year>(?:19|20)\d\d)\)\s*$")


def stamped_year(text: str) -> int | None:
    """The report year a Factbook text names in the "(2014)" stamp that ends it, if it has one.

    The Factbook summarises the latest TIP report it had: the 2010 edition's texts end with
    "(2009)" or an earlier year, and that is the year the text describes.

    Examples
    --------
    >>> stamped_year("... has not demonstrated that it is prosecuting complicit officials (2008)")
    2008
    >>> stamped_year("current situation: Kosovo is a source ... tier rating: Tier 2") is None
    True
    """
    found = _STAMP.search(text)
    return int(found["year"]) if found else None
