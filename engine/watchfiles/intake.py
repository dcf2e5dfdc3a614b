"""Bytes in: size, gzip and format, each bounded before any parser runs (issue 14).

20 MB on the wire (the Bot API's download limit), 20 MB after gunzip (read in chunks with a
cap, so a gzip bomb stops there), zip archives refused, and XML with any DTD refused (billion
laughs, external entities). Before gpxpy or ElementTree builds a tree, a streaming census counts
*every* element (a tree costs ~400 bytes an element, whatever its name, so `<wpt>`, empty
`<trkseg/>` or `<extensions>` floods stop here too), the nesting depth and each element's text
and attributes (a 19 MB `<type>` is refused, not stored), besides the track points.
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import Literal
from xml.etree.ElementTree import ParseError as XMLParseError

import defusedxml
import defusedxml.ElementTree as SafeET

from engine.errors import BadActivityFile
from engine.watchfiles import refusals
from engine.watchfiles.limits import (
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_FILE_BYTES,
    MAX_POINTS,
    MAX_TEXT_CHARS,
    MAX_UNPACKED_BYTES,
)
from engine.watchfiles.parts import local

Source = Literal["fit", "gpx", "tcx"]

_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"
#: expat raises LookupError for an unknown encoding declaration, gpxpy ValueError and its own.
XML_ERRORS = (XMLParseError, LookupError, ValueError)


def unwrap(data: bytes) -> bytes:
    """The file's own bytes: size checked, gunzipped (by content) within the cap."""
    if len(data) > MAX_FILE_BYTES:
        raise BadActivityFile(refusals.TOO_BIG)
    if _blank(data):
        raise BadActivityFile(refusals.EMPTY)
    if data.startswith(_ZIP_MAGIC):
        raise BadActivityFile(refusals.ZIP)
    if data.startswith(_GZIP_MAGIC):  # by content: a ".gz" name on a plain file is harmless
        data = _gunzip(data)
        if _blank(data):
            raise BadActivityFile(refusals.EMPTY)
    return data


def _blank(data: bytes) -> bool:
    """Empty or only whitespace; copies the whole file only if its first 4 kB are blank."""
    return not data[:4096].strip() and not data.strip()


def _gunzip(data: bytes) -> bytes:
    """Unpack in 1 MB chunks up to MAX_UNPACKED_BYTES, so a gzip bomb costs only that much."""
    unpacked = io.BytesIO()  # getvalue() hands over its buffer: no second copy at the end
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as packed:
            while chunk := packed.read(1024 * 1024):
                unpacked.write(chunk)
                if unpacked.tell() > MAX_UNPACKED_BYTES:
                    raise BadActivityFile(refusals.GZIP_TOO_BIG)
    except (OSError, EOFError, zlib.error) as e:
        raise BadActivityFile(refusals.BAD_GZIP) from e
    content = unpacked.getvalue()
    if content.startswith(_GZIP_MAGIC):
        raise BadActivityFile(refusals.NOT_ACTIVITY)  # gzip in gzip: no exporter does that
    return content


def sniff(data: bytes, filename: str) -> Source:
    """Decide the format from the content, not the name: names and extensions lie.

    The name only words the refusal: a ".fit" that is not FIT is probably damaged.
    """
    if len(data) >= 12 and data[8:12] == b".FIT":
        return "fit"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        root = _scan_xml(data)
        if root == "gpx":
            return "gpx"
        if root == "TrainingCenterDatabase":
            return "tcx"
    suffix = filename.lower().removesuffix(".gz").rpartition(".")[2]
    if suffix in ("fit", "gpx", "tcx"):
        raise BadActivityFile(refusals.DAMAGED.format(suffix=suffix))
    raise BadActivityFile(refusals.NOT_ACTIVITY)


class _XmlCensus:
    """ElementTree parser target that builds no tree: notes the root, counts and measures.

    Every element counts (a tree costs the same per element whatever its name), and so do
    nesting depth, each element's text and its attributes: what any tree built later costs.
    """

    def __init__(self) -> None:
        self.root = ""
        self.points = 0
        self.elements = 0
        self.depth = 0
        self.text = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        name = local(tag)
        if not self.root:
            self.root = name
        self.elements += 1
        self.depth += 1
        self.text = 0
        if self.elements > MAX_ELEMENTS:
            raise BadActivityFile(refusals.TOO_MANY_ELEMENTS.format(limit=MAX_ELEMENTS))
        if self.depth > MAX_DEPTH:
            raise BadActivityFile(refusals.TOO_DEEP)
        if sum(len(k) + len(v) for k, v in attrib.items()) > MAX_TEXT_CHARS:
            raise BadActivityFile(refusals.TEXT_TOO_LONG)
        if name in ("trkpt", "Trackpoint", "rtept"):
            self.points += 1
            if self.points > MAX_POINTS:
                raise BadActivityFile(refusals.TOO_MANY_POINTS.format(limit=MAX_POINTS))

    def data(self, text: str) -> None:
        self.text += len(text)
        if self.text > MAX_TEXT_CHARS:
            raise BadActivityFile(refusals.TEXT_TOO_LONG)

    def end(self, _tag: str) -> None:
        self.depth -= 1
        self.text = 0

    def close(self) -> str:
        return self.root


def _scan_xml(data: bytes) -> str | None:
    """Parse the XML once with DTDs forbidden, counting points; return the root's local name.

    gpxpy parses with the standard library without defusing, so nothing reaches it before this
    pass has refused DTDs (billion laughs, external entities) and absurd point counts. The
    target keeps no elements, so memory stays flat however long the file is. None: not
    well-formed XML (cut off, damaged, or not XML at all).
    """
    census = _XmlCensus()
    parser = SafeET.XMLParser(target=census, forbid_dtd=True)
    try:
        parser.feed(data)
        parser.close()
    except defusedxml.DefusedXmlException as e:
        raise BadActivityFile(refusals.UNSAFE_XML) from e
    except XML_ERRORS:
        return None
    return census.root
