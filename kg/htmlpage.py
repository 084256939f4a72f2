"""The HTML page that `kg report` and `kg routes --format html` write: one self-contained file."""
from __future__ import annotations

import html

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
{body}
</body>
</html>
"""


def page(title: str, style: str, body: str) -> str:
    """A whole page: ``title`` (escaped here), ``style`` (CSS) and ``body`` (HTML) as given.

    >>> page("A & B", "p{margin:0}", "<p>x</p>").splitlines()[5:10]
    ['<title>A &amp; B</title>', '<style>p{margin:0}</style>', '</head>', '<body>', '<p>x</p>']
    """
    return _PAGE.format(title=html.escape(title), style=style, body=body)
