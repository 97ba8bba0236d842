"""The pipeline: read -> clean -> nlp -> actors -> events (+dates) -> fuse.

One article flows left to right. ``Pipeline.run`` wraps the same per-article
function (``Pipeline.analyse``) with batching through spaCy's ``nlp.pipe``;
the distributed adapter (``communique.scale``) calls the same function too.

Error policy: a record that cannot be processed (binary, empty, non-English,
no article text ...) is handed to ``on_error`` and skipped; the rest of the
batch goes on. Errors of the installation itself (no spaCy model) raise.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice
from pathlib import Path
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from ._budget import time_budget
from ._guard import is_fatal, stage
from ._safe import clean_field, date_problem, is_blank
from .clean import DuplicateIndex, clean_html, clean_text, detect_language, fingerprint, simhash
from .clean.limits import html_limit_problem
from .config import MAX_ARTICLE_CHARS, Settings, load_settings
from .dateinput import DateInputError, parse_date
from .errors import CommuniqueError, DateRangeError, EmptyInputError, InputError, LanguageError, NoArticleError
from .fuse import Fuser, merge_within
from .nlp._runs import broken_runs
from .types import Article, ArticleResult, RawDoc
from .workers import die_with_parent, plan_workers, resolve_processes

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from .actors import KnowledgeBase
    from .events.lexicon import Lexicon
    from .nlp.cascade import CandidateFinder, Selection

__all__ = ["Cleaner", "Pipeline", "Fuser", "normalise_date"]

ErrorHandler = Callable[[CommuniqueError], None]
#: what ``Pipeline.analyse_batch`` makes of one article: its result, or the error that cost it
Outcome = ArticleResult | CommuniqueError
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def normalise_date(value: str | None) -> str | None:
    """``2021-04-16T09:34:00Z`` -> ``2021-04-16``; other ISO prefixes kept; junk and years
    outside 1800-2100 (the zero time ``0001-01-01`` many feeds emit) -> None."""
    if not value or date_problem(value):
        return None
    m = _ISO.match(str(value).strip())
    if not m:
        return None
    y, mo, d = m.groups()
    try:
        if d:
            return dt.date(int(y), int(mo), int(d)).isoformat()
        if mo:
            return f"{int(y):04d}-{int(mo):02d}" if 1 <= int(mo) <= 12 else None
        return f"{int(y):04d}"
    except ValueError:
        return None


def _given_date(raw: RawDoc) -> str | None:
    """The publication date the input gave (record, manifest or --published), read strictly: a date
    that cannot be read unambiguously raises, rather than be guessed (a batch has ``Cleaner.dated``
    note it and drop it first, as it does a date no article can have)."""
    try:
        return parse_date(raw.published)
    except DateInputError as err:
        raise DateInputError(f"bad publication date: {err.message}", input=raw.origin or raw.id,
                             hint=err.hint) from None


def _date_error(raw: RawDoc) -> InputError | None:
    """Why the publication date ``raw`` gave is not used (unreadable, E107; impossible, E109), or None."""
    undated = f"record {raw.id!r} is processed without this date"
    try:
        _given_date(raw)
    except DateInputError as err:
        return DateInputError(err.message, input=err.input, hint=f"{undated}; {err.hint or 'give YYYY-MM-DD'}")
    problem = date_problem(raw.published)
    if not problem:
        return None
    return DateRangeError(problem, input=raw.origin or raw.id, hint=f"{undated}; give a real date, as YYYY-MM-DD, "
                                                                   "or none")


#: publication dates that feeds and CMSs write for "no date": the Unix epoch and the zero of
#: spreadsheets and old databases (0001-01-01 is outside the years news is dated already)
_PLACEHOLDER_DATES = {"1970-01-01": "the Unix epoch", "1900-01-01": "a spreadsheet's and database's zero date"}


def _doubtful_date(raw: RawDoc) -> str | None:
    """A note on a publication date that is read and kept but is likely wrong: a placeholder for no
    date, or a day after today (a clock or a typo). They were taken without a word, and every relative
    date of the article ("yesterday": 1969-12-31) was resolved from them. Kept, since a real article
    can have either (a New Year's Day issue; an embargoed release): the note lets the user check."""
    iso = _given_date(raw)
    if not iso:
        return None
    where = raw.origin or raw.id
    if iso[:10] in _PLACEHOLDER_DATES:
        return (f"{where}: publication date {iso[:10]} is {_PLACEHOLDER_DATES[iso[:10]]}, a common placeholder "
                "for no date; its events are dated from it (if it is one, give the record no date, or the real "
                "one in a manifest)")
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    if iso[: len(tomorrow)] > tomorrow[: len(iso)]:
        return (f"{where}: publication date {iso} is after today; its events are dated from it (check the "
                "record's date)")
    return None


def _head(text: str, chars: int) -> str:
    """The first ``chars`` characters of ``text``, cut at a line break where one is near: the
    article cap applies before cleaning, so a 48 MB text costs no more than a long article."""
    if len(text) <= chars:
        return text
    cut = text.rfind("\n", chars // 2, chars)
    return text[: cut if cut > 0 else chars]


def _raise(err: CommuniqueError) -> None:
    raise err


def _to_read_more(cap: int) -> str:
    """How to read more of an article cut at ``cap`` characters: a larger cap, up to the most the
    parser takes (it suggested caps the settings then refused)."""
    if cap >= MAX_ARTICLE_CHARS:
        return f"{MAX_ARTICLE_CHARS:,} characters is the most the parser takes; split the article to read the rest"
    return f"to read more, raise max_article_chars, e.g. COMMUNIQUE_MAX_ARTICLE_CHARS={min(4 * cap, MAX_ARTICLE_CHARS)}"


class Cleaner:
    """The read-side stages: raw documents -> cleaned ``Article`` records. Needs no model."""

    def __init__(self, settings: Settings | None = None, notify: Callable[[str], None] | None = None):
        self.settings = settings or load_settings()
        #: told, in one line naming the input, of what was not read of it (a text over the cap, a publication
        #: date no article can have)
        self.notify = notify

    def clean(self, raw: RawDoc) -> Article:
        """The article's own text and metadata; raises an ``InputError`` naming the input."""
        cap = self.settings.max_article_chars
        cut = False
        if raw.html is not None:
            res = clean_html(raw.html, url=raw.url)  # the error below names the input once
        else:
            # capped before cleaning (the article cap applies after it); the error below names the input
            head = _head(raw.text or "", 2 * cap)
            cut = len(head) < len(raw.text or "")
            res = clean_text(head)
        text = res.text
        if is_blank(text):
            if raw.html and not is_blank(raw.html):
                limit = html_limit_problem(raw.html)
                if limit:
                    raise NoArticleError(limit, input=raw.origin or raw.id,
                                         hint="re-fetch the page or flatten its markup; the page is skipped")
            cls = EmptyInputError if is_blank(raw.html or raw.text) else NoArticleError
            raise cls(res.reason or "no article text found", input=raw.origin or raw.id,
                      hint="check that the input is a news article page, not a home page or an error page")
        if len(text) > cap:
            text, cut = text[:cap], True
        if cut and self.notify is not None:
            self.notify(f"{raw.origin or raw.id}: only the first {len(text):,} characters of the article were "
                        f"read ({_to_read_more(cap)})")
        return Article(
            id=raw.id,
            text=text,
            title=raw.title or clean_field(res.title),  # the page's own metadata is normalised as
            published=_given_date(raw) or normalise_date(res.published),  # the feed's is
            url=raw.url or clean_field(res.url),
            source=raw.source or clean_field(res.sitename),
            author=clean_field(res.author),
            sitename=clean_field(res.sitename),
            origin=raw.origin,
            language=detect_language(text),
            fingerprint=fingerprint(text),
            simhash=simhash(text),
            removed=tuple(res.removed),
        )

    def dated(self, raw: RawDoc, on_error: ErrorHandler = _raise) -> RawDoc:
        """``raw`` without a publication date no article can have (outside 1800-2100) or that cannot be
        read unambiguously ('05/06/2014', 'yesterday'), which is reported.

        The record is processed all the same, so with ``notify`` set it is a note there, as a text cut
        at the cap is: as an error the command line counted it a failed input (exit status 1, '3
        article(s) stored, 2 input(s) failed') and its progress advanced twice for it, and the Ray
        engine, which cleans each row alone, dropped the date without a word. An unreadable date
        refused the whole record (E107) where an impossible one kept it: both keep it, undated, with
        the note naming the date. Without ``notify`` it goes to ``on_error``."""
        err = _date_error(raw)
        if err is None:
            doubt = _doubtful_date(raw)
            if doubt is not None and self.notify is not None:
                self.notify(doubt)
            return raw
        if self.notify is not None:
            self.notify(f"[{err.code}] {err}")
        else:
            on_error(err)
        return replace(raw, published=None)

    def articles(self, inputs: Iterable[RawDoc | Article | CommuniqueError],
                 on_error: ErrorHandler = _raise) -> Iterator[Article]:
        """``inputs`` cleaned; an Article (a stored one, analysed again) is clean already."""
        for item in inputs:
            if isinstance(item, CommuniqueError):
                on_error(item)
                continue
            if isinstance(item, Article):
                yield item
                continue
            item = self.dated(item, on_error)
            try:
                with time_budget(self.settings.article_seconds, item.origin or None, item.id, "cleaning"), \
                        stage("cleaning", item.origin, item.id):
                    article = self.clean(item)
            except CommuniqueError as err:
                on_error(err)
                continue
            yield article


class Pipeline:
    """Builds the stages once and runs articles through them."""

    def __init__(self, settings: Settings | None = None, *, nlp: "Language | None" = None,
                 kb: "KnowledgeBase | None" = None, lexicon: "Lexicon | None" = None,
                 extra: Sequence[str | Path] = ()):
        """``kb`` defaults to the packaged knowledge base plus the user's actor files ``extra``
        (``--extra``: YAML, CSV or Phoenix .actors)."""
        from .events.extract import EventExtractor
        from .events.lexicon import load_lexicon
        from .events.typers import make_typer
        from .nlp import load_nlp

        self.settings = settings or load_settings()
        self.cleaner = Cleaner(self.settings)
        self.nlp = nlp if nlp is not None else load_nlp(self.settings.spacy_model)
        if kb is None:
            from .actors import KnowledgeBase

            kb = KnowledgeBase.load(extra=extra)
        self.kb = kb
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.extractor = EventExtractor(self.kb, self.lexicon, make_typer(self.settings.event_typing, self.lexicon))
        self.finder: "CandidateFinder | None" = None  # the parse cascade's cheap pass, when parse = "cascade"
        if self.settings.parse == "cascade":
            from .nlp.cascade import CandidateFinder

            self.finder = CandidateFinder(self.kb, self.lexicon, self.nlp)
        self.workers = 0  # NLP processes of the latest run (1 = in process); set when a run starts

    def clean(self, raw: RawDoc) -> Article:
        """``Cleaner.clean``, then the language gate of the NLP stage (see ``check_language``)."""
        article = self.cleaner.clean(raw)
        self.check_language(article)
        return article

    def check_language(self, article: Article) -> None:
        """Raise ``LanguageError`` for an article the English models cannot read (``require_english``)."""
        lang = article.language
        if self.settings.require_english and lang not in ("en", "unknown", None):
            raise LanguageError(f"the article is not in English (detected {lang!r})",
                                input=article.origin or article.id,
                                hint="communique's models read English news only; set require_english = false "
                                     "to process it anyway")

    def articles(self, inputs: Iterable[RawDoc | Article | CommuniqueError],
                 on_error: ErrorHandler = _raise) -> Iterator[Article]:
        """Cleaned articles in a language the NLP stage reads; the others go to ``on_error``."""
        for article in self.cleaner.articles(inputs, on_error):
            try:
                self.check_language(article)
            except LanguageError as err:
                on_error(err)
                continue
            yield article

    # -- per article -----------------------------------------------------------------------
    def to_parse(self, article: Article) -> "tuple[str, Selection | None]":
        """The text the parser reads: the article's, or with ``parse = "cascade"`` its candidate
        sentences (``communique.nlp.cascade``), with the selection that maps offsets back."""
        if self.finder is None:
            return broken_runs(article.text), None
        selection = self.finder.select(article.text, article.published)
        return broken_runs(selection.text), selection

    def analyse(self, article: Article, doc: "Doc", selection: "Selection | None" = None) -> ArticleResult:
        """Actors and events of one parsed article (event ids not yet assigned); with the
        ``selection`` ``doc`` was parsed from (``to_parse``), offsets mapped back to the article.

        A failure raises a coded error naming the stage, the input and the record.
        """
        where = (article.origin or None, article.id)
        with stage("actors", *where):
            mentions = self.kb.find_mentions(doc, article.published)
        with stage("events", *where):
            events = self.extractor.extract(article, doc, mentions)
        with stage("fusion", *where):
            merged = tuple(merge_within(events))
        result = ArticleResult(article, tuple(mentions), merged)
        return selection.restore(result) if selection is not None else result

    def process(self, raw: RawDoc) -> ArticleResult:
        """One document, start to end (used by the benchmarks and tests)."""
        with stage("cleaning", raw.origin, raw.id):
            article = self.clean(raw)
        return self.parse_and_analyse(article)

    def parse_and_analyse(self, article: Article) -> ArticleResult:
        """``analyse_batch`` of one cleaned article; raises the coded error that cost it."""
        outcome = self.analyse_batch([article])[0]
        if isinstance(outcome, CommuniqueError):
            raise outcome
        return outcome

    # -- a batch: the unit of a worker process (``_pool``) and of a Ray actor (``scale``) ------------
    def analyse_batch(self, articles: Sequence[Article]) -> list[Outcome]:
        """Each article's result (event ids not yet assigned), or the coded error that cost it, in
        order: the texts ``to_parse`` gives go through ``nlp.pipe`` together, then ``analyse``.

        Every step is guarded and timed (``article_seconds``): if spaCy fails or stalls on the
        batch, its articles are parsed again one by one so that only the one at fault is lost."""
        prepared = [self._prepare(a) for a in articles]
        ready = [(a, p[0]) for a, p in zip(articles, prepared) if not isinstance(p, CommuniqueError)]
        docs = iter(self._parse_batch([a for a, _ in ready], [text for _, text in ready]))
        return [p if isinstance(p, CommuniqueError) else self._analysed(a, next(docs), p[1])
                for a, p in zip(articles, prepared)]

    def _prepare(self, article: Article) -> "tuple[str, Selection | None] | CommuniqueError":
        try:
            with stage("nlp", article.origin, article.id):
                return self.to_parse(article)
        except CommuniqueError as err:
            if is_fatal(err):
                raise
            return err

    def _parse_batch(self, articles: list[Article], texts: list[str]) -> "list[Doc | CommuniqueError]":
        """The texts through ``nlp.pipe`` in one batch; if that fails or runs over its time budget
        (each article's, added up), each alone (``_parse_one``)."""
        if not texts:
            return []
        try:
            with time_budget(self.settings.article_seconds * len(texts), None, None, "nlp"):
                return list(self.nlp.pipe(texts, batch_size=len(texts)))
        except Exception:  # noqa: BLE001 - spaCy failed (or stalled) on the batch: find the article
            return [self._parse_one(a, t) for a, t in zip(articles, texts)]

    def _parse_one(self, article: Article, text: str) -> "Doc | CommuniqueError":
        try:
            with time_budget(self.settings.article_seconds, article.origin, article.id, "nlp"), \
                    stage("nlp", article.origin, article.id):
                return self.nlp(text)
        except CommuniqueError as err:
            return err

    def _analysed(self, article: Article, doc: "Doc | CommuniqueError",
                  selection: "Selection | None") -> Outcome:
        """``analyse`` within the time budget, or the error that cost the article."""
        if isinstance(doc, CommuniqueError):
            return doc
        try:
            with time_budget(self.settings.article_seconds, article.origin, article.id, "analysis"):
                return self.analyse(article, doc, selection)
        except CommuniqueError as err:
            return err

    # -- a run -------------------------------------------------------------------------------
    def run(self, inputs: Iterable[RawDoc | CommuniqueError], on_error: ErrorHandler = _raise,
            fuser: Fuser | None = None) -> Iterator[ArticleResult]:
        """Results for every usable input, in input order, event ids assigned by ``fuser``."""
        return self.run_articles(self.articles(inputs, on_error), fuser, on_error=on_error)

    def run_articles(self, articles: Iterable[Article], fuser: Fuser | None = None,
                     lookup: Callable[[int], str | None] | None = None,
                     on_error: ErrorHandler = _raise) -> Iterator[ArticleResult]:
        """The NLP and later stages over cleaned articles, a batch at a time (``analyse_batch``).

        Near-duplicates (syndicated copies) are linked through ``duplicate_of`` to the first
        article seen in this run or, through ``lookup`` (e.g. ``Store.near_duplicate_of``), stored.
        Each article is guarded: a failure of any stage on it goes to ``on_error`` as a coded
        error naming it, and the others go on (if spaCy fails on a batch, the batch's articles
        are parsed again one by one so that only the one at fault is lost). No article may take
        longer than ``article_seconds`` in a stage: one that does is reported and skipped.
        With ``processes`` > 1 the batches run in our own worker processes (``_pool``), which
        send back each article's result, not its parsed ``Doc``; fusion stays in this process.
        """
        fuser = fuser or Fuser(window_days=self.settings.fuse_window_days)
        batch_size = self.settings.batch_size
        linked = self._linked(articles, lookup, on_error)
        self.workers, stream = plan_workers(linked, resolve_processes(self.settings.processes), batch_size)
        with die_with_parent():
            outcomes = self._pooled(stream) if self.workers > 1 else self._in_process(stream)
            for outcome in outcomes:
                result = self._fused(outcome, fuser, on_error)
                if result is not None:
                    yield result

    def _linked(self, articles: Iterable[Article], lookup: Callable[[int], str | None] | None,
                on_error: ErrorHandler) -> Iterator[Article]:
        """``articles`` with ``duplicate_of`` set on near-duplicates (see ``run_articles``)."""
        index = DuplicateIndex()
        for a in articles:
            try:
                with stage("near-duplicate", a.origin, a.id):
                    original = index.find(a.simhash) or (lookup(a.simhash) if lookup and a.simhash else None)
                    index.add(a.simhash, a.id)
            except CommuniqueError as err:
                if is_fatal(err):
                    raise
                on_error(err)
                continue
            yield replace(a, duplicate_of=original) if original and original != a.id else a

    def _pooled(self, articles: Iterator[Article]) -> Iterator[Outcome]:
        """Batches analysed in our own worker processes (``communique._pool``: a failing or stuck
        worker costs only the article at fault, never the run)."""
        from ._pool import NlpPool

        pool = NlpPool(self, self.workers, self.settings.batch_size, self.settings.article_seconds)
        yield from pool.analyse(articles)

    def _in_process(self, articles: Iterator[Article]) -> Iterator[Outcome]:
        size = self.settings.batch_size
        while batch := list(islice(articles, size)):
            yield from self.analyse_batch(batch)

    @staticmethod
    def _fused(outcome: Outcome, fuser: Fuser, on_error: ErrorHandler) -> ArticleResult | None:
        """Cross-article fusion of one analysed article, or None (reported) for one that failed."""
        try:
            if isinstance(outcome, CommuniqueError):
                raise outcome
            article = outcome.article
            with stage("fusion", article.origin, article.id):
                return replace(outcome, events=tuple(fuser.add(outcome.events, published=article.published)))
        except CommuniqueError as err:
            on_error(err)
            return None
