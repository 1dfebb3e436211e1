"""Views: every import here is used, some in places simple checkers miss."""
from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from .deploy import restart as restart_service

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["restart_service", "handler"]

DEFAULT_LEVEL = logging.INFO


@functools.lru_cache(maxsize=None)
def handler(settings: "Mapping[str, str]", level: int = logging.WARNING) -> int:
    """Return the effective log level."""
    return max(level, DEFAULT_LEVEL) if settings else level
