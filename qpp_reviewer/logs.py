"""The log file: rotated, readable by the user alone, ids only.

Code that logs passes ids (review, batch, file names), never a comment, a
reason or a case detail: the log is not protected like the database is.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler

from .paths import log_dir


class PrivateRotatingFileHandler(RotatingFileHandler):
    def _open(self):
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, PrivateRotatingFileHandler) for h in root.handlers):
        return
    handler = PrivateRotatingFileHandler(log_dir() / "qpp-reviewer.log", maxBytes=1_000_000, backupCount=3,
                                         encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
