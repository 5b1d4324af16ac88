"""The review window's active-time recorder (issue 20 item 4): a thin event filter over
qpp_reviewer.activity.ActivityClock, which does all the counting.

Key presses, mouse presses and wheel turns on the review editor or any widget in it are input; the
review is *in front* while the editor is shown (its tab is the current one) in the active window.
Each work session is written to the store (``store.worktime``) every ``FLUSH_MS``, when the review
goes out of front (another tab, another window) and when the tab closes; the label on the review
shows its active time, by everyone, so far.
"""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ..activity import ActivityClock, minutes_text
from .i18n import text as tr_core

FLUSH_MS = 60_000  # write the seconds so far every minute: a crash loses a minute at most
_INPUT = (QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseButtonDblClick, QEvent.Wheel)
_FRONT = (QEvent.Show, QEvent.Hide, QEvent.ActivationChange, QEvent.WindowActivate, QEvent.WindowDeactivate)


class ReviewActivity(QObject):
    def __init__(self, editor: QWidget, store, review_id: str, clock=time.time):
        super().__init__(editor)
        self.setObjectName("reviewActivity")
        self._editor = editor
        self._store = store
        self._review_id = review_id
        self._clock = clock
        self.clock = ActivityClock()
        self._ids: list[str] = []  # a session id for each of the clock's sessions
        self._written = 0  # active seconds of this review held before this editor opened, by everyone
        self._failed = False
        self._stopped = False  # the tab closed or the window is closing: nothing more is written
        self.label = QLabel(editor)
        self.label.setObjectName("activeTimeLabel")
        self._written = self._held()
        for w in [editor, *editor.findChildren(QWidget)]:
            w.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self.flush)
        self._timer.start()
        self._front_changed()
        self._show()

    def _held(self) -> int:
        try:
            return self._store.worktime.seconds(self._review_id)
        except Exception:  # noqa: BLE001 - a figure for the label: never stops the review opening
            return 0

    def _in_front(self) -> bool:
        e = self._editor
        return e.isVisible() and e.window().isActiveWindow()

    def _front_changed(self) -> None:
        front = self._in_front()
        if front != self.clock.in_front:
            self.clock.on_focus(self._clock(), front)
            if not front:
                self.flush()

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind in _INPUT:
            self.clock.on_input(self._clock())
        elif kind in _FRONT:
            self._front_changed()
        return False

    def flush(self) -> None:
        """Write every session's active seconds so far (replacing what was written for it)."""
        if self._stopped:
            return
        now = self._clock()
        self.clock.tick(now)
        wall = datetime.now(timezone.utc).replace(tzinfo=None)  # naive UTC, as the store keeps times
        reviewer = self._store.actor or "unknown"
        try:
            for i, s in enumerate(self.clock.sessions):
                if i == len(self._ids):
                    self._ids.append(str(uuid.uuid4()))
                if s.seconds < 1:
                    continue
                started = wall - timedelta(seconds=max(now - s.start, 0))
                self._store.worktime.record(self._ids[i], self._review_id, reviewer, started, s.seconds)
        except Exception:  # noqa: BLE001 - the time is a by-product: a failed write never stops the work
            if not self._failed:
                import logging

                logging.getLogger(__name__).exception("could not save the active time of review %s",
                                                      self._review_id)
            self._failed = True
        self._show()

    @property
    def seconds(self) -> float:
        """The review's active time: held before this editor opened, and this editor's."""
        return self._written + self.clock.seconds

    def _show(self) -> None:
        self.label.setText(self.tr("Active time: {time}").format(time=tr_core(minutes_text(self.seconds))))

    def stop(self) -> None:
        """The tab closes: the last write."""
        self._timer.stop()
        self.clock.on_focus(self._clock(), False)
        self.flush()
        self._stopped = True
