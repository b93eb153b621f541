"""Bytes to text: UTF-8 first, then the legacy encodings news archives are full of, never silently garbled."""

from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import dataclass


class UnreadableInput(ValueError):
    """The input cannot become article text; the message says why, for the user."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


GZIP_MAGIC = b"\x1f\x8b"
# Bytes that never occur in text; a few in a file mean binary, not an odd encoding. A stray NUL is a common
# artefact of broken exports, so NULs alone only mean binary when they are a large share of the bytes.
_CONTROL = bytes(range(1, 9)) + bytes(range(14, 27)) + bytes(range(28, 32))


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    return controls / len(sample) > 0.01 or sample.count(0) / len(sample) > 0.10


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes; UTF-16/UTF-8 BOMs honoured, cp1252 then latin-1 as a warned fallback."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[3:].decode("utf-8", errors="strict"), "utf-8-sig")
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(enc), enc)
            except UnicodeDecodeError as exc:
                raise UnreadableInput(f"invalid {enc} ({exc.reason} at byte {exc.start})") from None
    if looks_binary(data):
        raise UnreadableInput("binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        msg = f"not valid UTF-8 (byte {first_bad}); decoded as {enc}"
        warnings.warn(msg, stacklevel=2)
        return Decoded(text, enc, msg)
    raise UnreadableInput("undecodable bytes")  # latin-1 decodes anything; kept for clarity


# Characters a reader never sees: zero-width space/joiners, direction marks and embeddings, word joiner and
# invisible operators, the byte order mark. Kept in the text (offsets point at what was written) but ignored when
# reading numbers and names, and a text of nothing else is empty.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064" \
            "\u2066\u2067\u2068\u2069\ufeff"
_DROP_INVISIBLE = str.maketrans("", "", INVISIBLE)
# A lone surrogate (JSON allows "\ud800") is not a character: no UTF-8 output, store or hash can hold it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def visible(text: str) -> str:
    return text.translate(_DROP_INVISIBLE)


def repair_surrogates(text: str) -> str:
    """Replace each lone surrogate with U+FFFD, as a UTF-8 decoder does with a broken sequence. (A str from a
    decoder or json.loads never holds a valid pair as two surrogates, so every surrogate left is lone.)"""
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def clean_text(text: str) -> str:
    """Normalise line endings, drop NULs and repair lone surrogates, so that offsets mean the same thing on every
    platform and every output can hold the text."""
    text = repair_surrogates(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text
