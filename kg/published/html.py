"""Read a country narrative out of a saved web page (the State Department's country pages).

lxml parses the page as a browser would; the narrative is its main content (``<main>``,
``role="main"``, ``<article>``, or else the element that holds the most paragraph text), without
menus, headers, footers, scripts, share buttons or figures. Headings become blocks of their own
(section boundaries for :mod:`kg.segment`), list items lines of their own, led by a bullet. The
year and country come from the country header, the page's title and headings, and the address
the browser saved it from (``<!-- saved from url=... -->``, ``<link rel="canonical">``).
"""
from __future__ import annotations

import re
from pathlib import Path

from ..model import Document, InputError
from ..places import load_gazetteer
from .narratives import (
    Block,
    Header,
    narrative_document,
    normalise,
    report_year,
    split_narratives,
    year_in_name,
)

MAX_PAGE_BYTES = 32 * 1024 * 1024
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_TEXT_BLOCKS = {"p", "li", "dd", "dt", "blockquote", "pre", "td", "th", "address"}
_DROP = ("//script | //style | //noscript | //template | //nav | //aside | //form | //iframe | //svg | //button"
         " | //figure | //figcaption | //select | //*[@hidden] | //*[@aria-hidden='true']"
         " | //*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='search']")
#: Class or id words of page furniture: menus, share tools, breadcrumbs, cookie notices.
_FURNITURE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|share|sharing|social|cookie|skip|sidebar|"
                        r"footer|header|masthead|banner|related|print|subscribe|search)(?:$|[\s_-])", re.I)
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)


def read_page(path: Path) -> Document:
    """The country narrative of one saved page.

    Raises
    ------
    InputError : empty, too large or truncated file, or no country narrative on the page.
    """
    import lxml.html

    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise InputError(f"{path}: file too large ({size:,} bytes; the limit is {MAX_PAGE_BYTES:,})")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: empty file")
    if not re.search(rb"</html\s*>\s*(?:<!--.*?-->\s*)*$", data[-4096:], re.I | re.S):
        raise InputError(f"{path}: truncated page (the file ends before </html>)")
    try:
        tree = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError) as err:
        raise InputError(f"{path}: not an HTML page ({err})") from None
    saved = _SAVED_FROM.search(data[:4096])
    urls = [saved.group(1).decode("ascii", "replace")] if saved else []
    urls += tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    title = " ".join(tree.xpath("//title//text()")).strip()
    main = _main_content(tree)
    headings = [" ".join(h.text_content().split()) for h in main.iter(*_HEADINGS)]
    blocks = list(_blocks(main))
    year = (report_year([title] + headings + [b.text for b in blocks[:5]])
            or next((_url_year(u) for u in urls if _url_year(u)), None) or year_in_name(path.stem))
    documents = split_narratives(blocks, source=str(path), year=year, stem=path.stem)
    if not documents:
        place = _page_country(headings, title, urls)
        if place is None or not any(len(b.text) > 200 for b in blocks):
            raise InputError(f"{path}: no country narrative on the page (no header such as 'KOSOVO: Tier 2')")
        heading = Block(place.label.upper(), heading=True)
        documents = [narrative_document(Header(place, heading.text, 1), [heading] + blocks, source=str(path),
                                        year=year, stem=path.stem)]
    return documents[0]


def _main_content(tree):
    for element in tree.xpath(_DROP):
        element.drop_tree()
    for element in tree.xpath("//*[@class or @id]"):
        words = f"{element.get('class', '')} {element.get('id', '')}"
        if element.tag not in ("html", "body", "main", "article") and _FURNITURE.search(words):
            element.drop_tree()
    for query in ("//main", "//*[@role='main']", "//article"):
        found = tree.xpath(query)
        if found:
            return max(found, key=lambda e: len(e.text_content()))
    for element in tree.xpath("//header | //footer"):
        element.drop_tree()
    containers = tree.xpath("//body//*[p]") or tree.xpath("//body")
    return max(containers, key=lambda e: sum(len(p.text_content()) for p in e.findall("p")))


def _blocks(element):
    """Blocks of ``element`` in document order: headings, paragraphs, list items, and loose text."""
    loose: list[str] = []

    def flush():
        text = " ".join(" ".join(loose).split())
        loose.clear()
        if text:
            yield Block(normalise(text))

    if element.text and element.text.strip():
        loose.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _HEADINGS or tag in _TEXT_BLOCKS:
            yield from flush()
            yield from _text_blocks(child, tag)
        elif tag in ("br",) or not tag:
            yield from flush()
        elif tag in ("a", "span", "strong", "b", "em", "i", "u", "sup", "sub", "small", "abbr", "cite", "q", "mark"):
            loose.append(child.text_content())
        else:
            yield from flush()
            yield from _blocks(child)
        if child.tail and child.tail.strip():
            loose.append(child.tail)
    yield from flush()


def _text_blocks(element, tag: str):
    """A heading, paragraph or list item: one block per line of it (a ``<br>`` starts a line)."""
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    bold = {" ".join(b.text_content().split()) for b in element.iter("strong", "b")}
    for line in element.text_content().split("\n"):
        text = normalise(" ".join(line.split()))
        if not text:
            continue
        heading = tag in _HEADINGS or text in bold  # a paragraph all in bold is a heading too
        if tag == "li":
            yield Block("• " + text, list_item=True)
        else:
            yield Block(text, heading=heading)


def _url_year(url: str) -> int | None:
    found = re.search(r"(?<!\d)((?:19|20)\d\d)(?:-trafficking-in-persons-report|/)", url)
    return int(found.group(1)) if found else None


def _page_country(headings: list[str], title: str, urls: list[str]):
    """The country a page is about, from its headings, title or address ("/reports/2019-.../kosovo/")."""
    gazetteer = load_gazetteer()
    slugs = [re.sub(r"[-_]+", " ", part) for url in urls for part in url.rstrip("/").split("/")[-1:]]
    for name in headings + [title.split(" - ")[0].split("|")[0].split(":")[-1]] + slugs:
        place = gazetteer.resolve(name.strip())
        if place and place.kind == "country":
            return place
    return None
