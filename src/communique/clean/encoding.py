"""Whether decoded text is binary junk (bytes are decoded by :func:`communique.read._decode.decode_bytes`)."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")

#: Share of control or replacement characters above which text is taken for binary junk.
BINARY_SHARE = 0.05


def looks_binary(text: str) -> bool:
    """True when a sample of ``text`` is mostly control or replacement characters."""
    sample = text[:20_000]
    if not sample:
        return False
    if "\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) / len(sample) > BINARY_SHARE
