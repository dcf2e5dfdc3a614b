"""HTML entities, as tdlib parses them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.botapi._common import _BOT_COMMAND, JSONDict, utf16_len


class ParseEntitiesError(Exception):
    """Telegram's "can't parse entities" refusal; ``str(e)`` is tdlib's message."""


_SUPPORTED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)
_SIMPLE_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED_REFERENCES = {b"lt": "<", b"gt": ">", b"amp": "&", b"quot": '"'}
_SPACE = frozenset(b" \t\r\n\f\v")


@dataclass
class _OpenTag:
    name: str
    argument: str
    utf16_offset: int
    result_offset: int  # where the tag's content starts in the decoded text


def _decode_reference(data: bytes, pos: int) -> tuple[str, int] | None:
    """Decode the entity reference at ``data[pos] == '&'`` as tdlib does, or return None.

    tdlib accepts only &lt; &gt; &amp; &quot; and numeric references; the ``;`` is optional.
    """
    end = pos + 1
    if data[end : end + 1] == b"#":
        end += 1
        digits = b"0123456789"
        base = 10
        if data[end : end + 1] == b"x":
            end += 1
            digits = b"0123456789abcdefABCDEF"
            base = 16
        start = end
        while end < len(data) and data[end] in digits:
            end += 1
        if start == end or end - pos >= 10:
            return None
        code = int(data[start:end], base)
        if code == 0 or code >= 0x10FFFF:
            return None
        char = chr(code)
    else:
        while end < len(data) and chr(data[end]).isascii() and chr(data[end]).isalpha():
            end += 1
        named = _NAMED_REFERENCES.get(data[pos + 1 : end])
        if named is None:
            return None
        char = named
    if data[end : end + 1] == b";":
        end += 1
    return char, end


_MARKUP = re.compile(rb"[<&]")


def parse_html(text: str, *, strict_ampersand: bool = True) -> tuple[str, list[JSONDict]]:
    """Turn Telegram HTML into plain text and Bot API entities, or raise ParseEntitiesError.

    Follows tdlib's ``parse_html``: offsets in errors are UTF-8 byte offsets, entity offsets
    are UTF-16 code units, a nameless ``</>`` closes the innermost tag, and an ``<a>`` without
    ``href`` links its own text.
    """
    data = text.encode("utf-8")
    n = len(data)
    out: list[str] = []
    length = 0  # of the text in `out`
    utf16 = 0
    entities: list[JSONDict] = []
    stack: list[_OpenTag] = []
    i = 0
    while i < n:
        c = data[i]
        if c == ord("&"):
            decoded = _decode_reference(data, i)
            if decoded is not None:
                char, i = decoded
                if 0xD800 <= ord(char) <= 0xDFFF:
                    raise ParseEntitiesError(
                        "Text contains invalid Unicode characters after decoding HTML "
                        "entities, check for unmatched surrogate code units"
                    )
                out.append(char)
                length += len(char)
                utf16 += utf16_len(char)
                continue
            if strict_ampersand:
                raise ParseEntitiesError(
                    f'Unescaped "&" at byte offset {i}: write &amp; '
                    "(test server rule, Telegram would keep it literally)"
                )
        if c != ord("<"):  # plain text, up to the next tag or reference
            end = _MARKUP.search(data, i + 1)
            chunk = data[i : end.start() if end else n].decode("utf-8")
            out.append(chunk)
            length += len(chunk)
            utf16 += utf16_len(chunk)
            i = end.start() if end else n
            continue
        begin = i
        i += 1
        if i < n and data[i] == ord("/"):
            i = _close_tag(data, begin, stack, entities, out, utf16)
        else:
            opened, i = _open_tag(data, begin)
            opened.utf16_offset = utf16
            opened.result_offset = length
            stack.append(opened)
    if stack:
        raise ParseEntitiesError(
            f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"'
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _open_tag(data: bytes, begin: int) -> tuple[_OpenTag, int]:
    """Parse ``<name attr=value ...>`` starting at ``begin``; return the tag and the next index."""
    n = len(data)
    i = begin + 1
    while i < n and data[i] not in _SPACE and data[i] != ord(">"):
        i += 1
    if i >= n:
        raise ParseEntitiesError(f"Unclosed start tag at byte offset {begin}")
    name = data[begin + 1 : i].decode("utf-8", "replace").lower()
    if name not in _SUPPORTED_TAGS:
        raise ParseEntitiesError(f'Unsupported start tag "{name}" at byte offset {begin}')
    argument = ""
    while i < n and data[i] != ord(">"):
        while i < n and data[i] in _SPACE:
            i += 1
        if i < n and data[i] == ord(">"):
            break
        attr_begin = i
        while i < n and data[i] not in _SPACE and data[i] not in b"=>":
            i += 1
        attr = data[attr_begin:i].decode("utf-8", "replace").lower()
        if not attr:
            raise ParseEntitiesError(
                f'Empty attribute name in the tag "{name}" at byte offset {begin}'
            )
        while i < n and data[i] in _SPACE:
            i += 1
        if i >= n:
            raise ParseEntitiesError(f'Unclosed start tag "{name}" at byte offset {begin}')
        if data[i] != ord("="):
            if name == "blockquote" and attr == "expandable":
                argument = "1"
                continue
            raise ParseEntitiesError(
                "Expected equal sign in declaration of an attribute of the tag "
                f'"{name}" at byte offset {begin}'
            )
        i += 1
        while i < n and data[i] in _SPACE:
            i += 1
        if i >= n:
            raise ParseEntitiesError(f'Unclosed start tag "{name}" at byte offset {begin}')
        value, i = _attribute_value(data, i)
        if i >= n:
            raise ParseEntitiesError(f"Unclosed start tag at byte offset {begin}")
        argument = _tag_argument(name, attr, value, argument)
    if i >= n:
        raise ParseEntitiesError(f"Unclosed start tag at byte offset {begin}")
    if name == "span" and argument != "spoiler":
        raise ParseEntitiesError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
    return _OpenTag(name, argument, 0, 0), i + 1


def _attribute_value(data: bytes, i: int) -> tuple[str, int]:
    """Read an unquoted name token (lowercased) or a quoted string with references decoded."""
    n = len(data)
    if data[i] not in b"'\"":
        start = i
        while i < n and ((chr(data[i]).isascii() and chr(data[i]).isalnum()) or data[i] in b".-"):
            i += 1
        if i < n and data[i] not in _SPACE and data[i] != ord(">"):
            raise ParseEntitiesError(f"Unexpected end of name token at byte offset {start}")
        return data[start:i].decode("ascii").lower(), i
    quote = data[i]
    i += 1
    value: list[str] = []
    raw_start = i
    while i < n and data[i] != quote:
        if data[i] == ord("&"):
            decoded = _decode_reference(data, i)
            if decoded is not None:
                value.append(data[raw_start:i].decode("utf-8", "replace"))
                char, i = decoded
                value.append(char)
                raw_start = i
                continue
        i += 1
    value.append(data[raw_start:i].decode("utf-8", "replace"))
    if i < n:
        i += 1
    return "".join(value), i


def _tag_argument(tag: str, attr: str, value: str, current: str) -> str:
    """Keep the one attribute each tag understands; tdlib ignores all others."""
    if (tag, attr) in {("a", "href"), ("tg-emoji", "emoji-id")}:
        return value
    if tag == "code" and attr == "class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if tag == "span" and attr == "class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    if tag == "blockquote" and attr == "expandable":
        return "1"
    return current


def _close_tag(
    data: bytes,
    begin: int,
    stack: list[_OpenTag],
    entities: list[JSONDict],
    out: list[str],
    utf16: int,
) -> int:
    """Parse ``</name>`` at ``begin``, emit the entity it closes, and return the next index."""
    n = len(data)
    if not stack:
        raise ParseEntitiesError(f"Unexpected end tag at byte offset {begin}")
    i = begin + 2
    while i < n and data[i] not in _SPACE and data[i] != ord(">"):
        i += 1
    end_name = data[begin + 2 : i].decode("utf-8", "replace").lower()
    while i < n and data[i] in _SPACE:
        i += 1
    if i >= n or data[i] != ord(">"):
        raise ParseEntitiesError(f"Unclosed end tag at byte offset {begin}")
    top = stack[-1]
    if end_name and end_name != top.name:
        raise ParseEntitiesError(
            f'Unmatched end tag at byte offset {begin}, expected "</{top.name}>", '
            f'found "</{end_name}>"'
        )
    stack.pop()
    if utf16 > top.utf16_offset:
        entity = _entity_for(top, utf16 - top.utf16_offset, "".join(out), entities)
        if entity is not None:
            entities.append(entity)
    return i + 1


def _entity_for(
    tag: _OpenTag, length: int, text_so_far: str, entities: list[JSONDict]
) -> JSONDict | None:
    """Build the Bot API entity for a closed tag (None when it merges into a neighbour)."""
    base: JSONDict = {"offset": tag.utf16_offset, "length": length}
    if tag.name in _SIMPLE_ENTITY_TYPES:
        return {"type": _SIMPLE_ENTITY_TYPES[tag.name], **base}
    if tag.name == "tg-emoji":
        if not tag.argument.isdigit() or int(tag.argument) == 0:
            raise ParseEntitiesError("Invalid custom emoji identifier specified")
        return {"type": "custom_emoji", **base, "custom_emoji_id": tag.argument}
    if tag.name == "blockquote":
        kind = "expandable_blockquote" if tag.argument else "blockquote"
        return {"type": kind, **base}
    if tag.name == "a":
        url = tag.argument or text_so_far[tag.result_offset :]
        return {"type": "text_link", **base, "url": url} if url else None
    same_span = [e for e in entities if e["offset"] == base["offset"] and e["length"] == length]
    if tag.name == "pre":
        code = next((e for e in same_span if e["type"] == "code" and e.get("language")), None)
        if code is not None:
            entities.remove(code)
            return {"type": "pre", **base, "language": code["language"]}
        return {"type": "pre", **base}
    # <code>: inside a <pre> covering exactly the same text it names the language.
    pre = next((e for e in same_span if e["type"] == "pre"), None)
    if pre is not None and tag.argument:
        pre["language"] = tag.argument
        return None
    if tag.argument:
        return {"type": "code", **base, "language": tag.argument}
    return {"type": "code", **base}


def _strip_code_languages(entities: list[JSONDict]) -> list[JSONDict]:
    """Drop the internal language marker from plain ``code`` entities (the API has none)."""
    return [
        {k: v for k, v in e.items() if not (e["type"] == "code" and k == "language")}
        for e in entities
    ]


def _command_entities(text: str) -> list[JSONDict]:
    """Mark /commands like Telegram clients do, so PTB's CommandHandler recognises them."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group()),
        }
        for match in _BOT_COMMAND.finditer(text)
    ]
