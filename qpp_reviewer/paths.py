"""Where the program finds its resources and keeps the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import APP_NAME, ORG_NAME


def resources_dir() -> Path:
    """The top-level ``resources/`` folder, in a checkout or a frozen bundle."""
    override = os.environ.get("QPP_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def checklists_dir() -> Path:
    return resources_dir() / "checklists"


def data_dir() -> Path:
    """Per-user data folder; QPP_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("QPP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path  # here, not at the top: not needed before the first frame

        path = user_data_path(APP_NAME, ORG_NAME)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path:
    return data_dir() / "reviews.sqlite3"


def log_dir() -> Path:
    override = os.environ.get("QPP_DATA_DIR")
    if override:
        path = Path(override) / "logs"
    else:
        from platformdirs import user_log_path

        path = user_log_path(APP_NAME, ORG_NAME)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def private_tmp_dir() -> Path:
    """The app's private scratch folder (mode 0700, inside the data folder): the only place
    where the plaintext of an encrypted export may touch the disk while it is written."""
    path = data_dir() / "private-tmp"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path
