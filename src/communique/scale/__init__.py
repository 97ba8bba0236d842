"""The adapter to a distributed engine: the same per-article pipeline on Ray (Ray Data).

Needs the optional extra: ``pip install "communique[ray]"``. ``run_ray`` yields results as
the local engine's ``Pipeline.run`` does (same events, same clusters); ``ingest_ray`` stores
them with the local ingest's idempotence. See the README, "Past one machine".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import CommuniqueError, ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from ..store import Store
    from ._engine import RayOptions, RayRun

__all__ = ["RayOptions", "RayRun", "require_ray", "run_ray", "ingest_ray"]


def require_ray() -> None:
    """Raise a ``ConfigError`` that says how to install Ray when it is missing."""
    try:
        import ray  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise ConfigError(f"the Ray engine needs Ray Data, which is not installed ({exc})", input="--engine ray",
                          hint='pip install "communique[ray]"') from None


def __getattr__(name: str) -> Any:
    if name in ("RayOptions", "RayRun", "run_ray"):
        require_ray()
        from . import _engine

        return getattr(_engine, name)
    raise AttributeError(f"module 'communique.scale' has no attribute {name!r}")


def ingest_ray(store: "Store", inputs: Sequence[str], settings: Settings, options: "RayOptions", *,
               on_error: Callable[[CommuniqueError], None], on_note: Callable[[str], None] | None = None,
               manifest: Mapping[str, Any] | None = None,
               published: str | None = None, extra: Sequence[str] = (), batch_size: int = 64,
               tick: Callable[[int], None] = lambda n: None) -> "RayRun":
    """``communique ingest`` on Ray: articles already stored with the same text are skipped by
    the workers (after cleaning, before the parse); the results then fuse with the stored events
    and are written exactly as the local ingest fuses and writes them
    (``communique.ingest.store_results``: date-windowed store lookups, each batch of
    ``batch_size`` one transaction holding its fusion changes), so the store is the one a local
    ingest of the same inputs makes, and a killed run is simply run again. ``on_note`` gets the
    notes ``run_ray`` passes on."""
    require_ray()
    from ..ingest import store_results
    from ._engine import RayRun, run_ray

    run = RayRun()
    results = run_ray(inputs, settings, options, on_error=on_error, on_note=on_note, manifest=manifest,
                      published=published, extra=extra, stored=store.article_keys(), lookup=store.near_duplicate_of,
                      tick=tick, run=run, fuse=False)
    store_results(store, results, batch_size=batch_size, window_days=settings.fuse_window_days)
    return run
