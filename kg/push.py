"""``kg push``: upload the named graphs of a build to a triple store.

Each named graph (every document, the vocabulary, the tallies and the route index) is sent
with the SPARQL 1.1 Graph Store HTTP Protocol as ``PUT <endpoint>?graph=<IRI>`` in N-Triples,
which replaces that graph on the server: pushing the same build twice leaves the server as it was after the first push.
"""
from __future__ import annotations

import http.client
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from . import store
from .model import InputError


def graph_url(endpoint: str, graph: str) -> str:
    """The Graph Store URL of ``graph`` at ``endpoint`` (indirect identification, ``?graph=``)."""
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph})}"


def push(build_dir: str | Path, endpoint: str, *, timeout: float = 60.0) -> dict[str, int]:
    """PUT every named graph of a build to a Graph Store endpoint.

    Parameters
    ----------
    build_dir : a build folder.
    endpoint : the Graph Store Protocol URL (Oxigraph: ``http://host:7878/store``).

    Returns
    -------
    ``{graph IRI: triples sent}``, in IRI order.

    Raises
    ------
    InputError : a malformed URL, or the endpoint refused a graph, could not be reached, closed
        the connection or did not answer within ``timeout`` seconds.
    """
    import pyoxigraph as ox

    try:
        parts = urllib.parse.urlsplit(endpoint)
        parts.port  # noqa: B018 — raises on a port that is not a number
    except ValueError as err:
        raise InputError(f"{endpoint}: not a valid URL ({err})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{endpoint}: not an http(s) URL with a host")
    source = store.open_store(Path(build_dir))
    pushed: dict[str, int] = {}
    for graph in sorted(g.value for g in source.named_graphs()):
        data = source.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
        request = urllib.request.Request(graph_url(endpoint, graph), data=data, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace").strip().splitlines()
            raise InputError(f"{endpoint}: PUT of <{graph}> refused: {err.code} {detail[0] if detail else err.reason}") from None
        except urllib.error.URLError as err:
            raise InputError(f"{endpoint}: cannot reach the server ({err.reason})") from None
        except TimeoutError:
            raise InputError(f"{endpoint}: no answer within {timeout:g} s to the PUT of <{graph}>") from None
        except (OSError, http.client.HTTPException) as err:  # a reset, a closed connection, a garbled answer
            raise InputError(f"{endpoint}: the PUT of <{graph}> failed: {err or type(err).__name__}") from None
        except ValueError as err:  # http.client.InvalidURL and other malformed targets
            raise InputError(f"{endpoint}: not a valid URL ({err})") from None
        pushed[graph] = data.count(b"\n")
    return pushed
