"""One text per document id: a second, different text under an id already read in this run or
already stored is an error (or, when asked, a new version that replaces the stored one), never
a silent overwrite. The same text again is simply "unchanged".

Text stored before control characters were repaired at the boundary (``_safe.clean_body``: UTF-8
read as Latin-1, Windows-1252 quotes, C0 controls) has another content key than the same article
read today. Such an article is the same text read better, not a new version: it replaces the
stored one without ``--replace`` (:func:`reread_key`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ._safe import clean_body
from .errors import CommuniqueError, DuplicateIdError
from .types import Article

__all__ = ["IdGuard", "reread_key"]

ErrorHandler = Callable[[CommuniqueError], None]


def content_key(article: Article) -> str:
    from .store._rows import content_key as key

    return key(article)


def reread_key(stored_text: str | None) -> str | None:
    """The content key a stored text holding control characters has when read today (repaired
    as ``clean_body`` repairs them), or None when it holds none (its key has not changed)."""
    from .clean import fingerprint

    if not stored_text:
        return None
    repaired = clean_body(stored_text) or ""
    return fingerprint(repaired) if repaired != stored_text else None


class IdGuard:
    """Checks each article's id against the ids seen in this run and, through ``stored``
    (``Store.content_key_of``), the ids already in the store; ``stored_text``
    (``Store.text_of``) tells a text stored before its control characters were repaired."""

    def __init__(self, stored: Callable[[str], str | None] | None = None, *, replace: bool = False,
                 reprocess: bool = False, replace_option: str | None = "--replace",
                 stored_text: Callable[[str], str | None] | None = None):
        self.stored = stored
        self.stored_text = stored_text
        #: the option that keeps a later text, named in the error; None where the command has none
        self.replace_option = replace_option
        self.replace = replace
        self.reprocess = reprocess  # unchanged articles are passed on all the same
        self.seen: dict[str, tuple[str, str]] = {}  # id -> (content key, origin)
        self.unchanged = 0

    def filter(self, articles: Iterable[Article], on_error: ErrorHandler) -> Iterator[Article]:
        """The articles to process: new ids, new versions when ``replace`` is set, unchanged ones
        when ``reprocess`` is (else they are counted in ``unchanged``); conflicting ones go to
        ``on_error``."""
        for art in articles:
            try:
                verdict = self.check(art)
            except DuplicateIdError as err:
                on_error(err)
                continue
            if verdict == "unchanged" and not self.reprocess:
                self.unchanged += 1
                continue
            yield art

    def _later(self) -> str:
        opt = self.replace_option
        return f"(pass {opt} to keep the later text)" if opt else "(the later text is skipped)"

    def check(self, art: Article) -> str:
        """``"new"``, ``"unchanged"`` or ``"replace"``; raises :class:`DuplicateIdError`."""
        key = content_key(art)
        earlier = self.seen.get(art.id)
        if earlier is not None:
            if earlier[0] == key:
                return "unchanged"
            if not self.replace:
                raise DuplicateIdError(f"id {art.id!r} was already used by {earlier[1]} for a different text",
                                       input=art.origin or art.id,
                                       hint="give each article its own id " + self._later())
            self.seen[art.id] = (key, art.origin)
            return "replace"
        old = self.stored(art.id) if self.stored else None
        verdict = "new" if old is None else "unchanged" if old in (key, art.fingerprint) else "replace"
        if verdict == "replace" and not self.replace and not self._read_better(art.id, key):
            raise DuplicateIdError(f"id {art.id!r} is already stored with a different text",
                                   input=art.origin or art.id,
                                   hint="give the article its own id" + (
                                       f", or pass {self.replace_option} to store this text as a new version of it"
                                       if self.replace_option else "; this text is skipped"))
        self.seen[art.id] = (key, art.origin)  # only what is accepted: a refused text claims nothing
        return verdict

    def _read_better(self, doc_id: str, key: str) -> bool:
        """Whether the text stored under ``doc_id`` is this one (``key``) as read before its
        control characters were repaired."""
        return self.stored_text is not None and reread_key(self.stored_text(doc_id)) == key
