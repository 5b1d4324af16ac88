"""Active time on a review (issue 20 item 4): time with the review in front of the user *and* input
within the last few minutes, not the wall-clock time between opening and closing it.

``ActivityClock`` is fed by the window (qpp_reviewer.qt.activity) and knows nothing of Qt:

- ``on_focus(t, active)``: the review came in front of the user (its tab current in the active
  window) or went out of it. Coming in front counts as input (a click or a key brought it there).
- ``on_input(t)``: a key press or a mouse press or wheel on the review. Input also means the
  review is in front: it can only reach a review that is.
- ``tick(t)``: the active seconds so far (the window calls it periodically to save them).

Time between two moments counts while the review is in front and no more than ``IDLE_CUTOFF``
seconds after the latest input: a review left open while its reviewer reads the case file for
three minutes without touching it still counts; one left open over lunch stops counting three
minutes after the last key. ``t`` is any clock in seconds (the window uses ``time.time``, tests a
fake one); a clock going backwards counts nothing.

The time is split into *work sessions*: a new one starts when active time resumes after more
than ``SESSION_BREAK`` seconds without any, so a review open all day and worked on in the morning
and the afternoon has two sessions.
"""

from __future__ import annotations

from dataclasses import dataclass

IDLE_CUTOFF = 180.0  # seconds after the latest input that still count (3 minutes)
SESSION_BREAK = 30 * 60.0  # seconds without active time that end a work session


@dataclass
class WorkSession:
    start: float  # clock time of the session's first active second
    seconds: float = 0.0
    end: float = 0.0  # clock time of its latest active second


class ActivityClock:
    def __init__(self, idle_cutoff: float = IDLE_CUTOFF, session_break: float = SESSION_BREAK):
        if idle_cutoff <= 0:
            raise ValueError("the idle cutoff is a positive number of seconds")
        self.idle_cutoff = float(idle_cutoff)
        self.session_break = float(session_break)
        self._front = False
        self._last_input: float | None = None
        self._counted_to: float | None = None  # time up to which the clock has accounted
        self.sessions: list[WorkSession] = []

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.sessions)

    @property
    def in_front(self) -> bool:
        return self._front

    def _advance(self, t: float) -> None:
        if self._counted_to is None or t <= self._counted_to:
            self._counted_to = t if self._counted_to is None else self._counted_to
            return
        start = self._counted_to
        if self._front and self._last_input is not None:
            end = min(t, self._last_input + self.idle_cutoff)
            if end > start:
                self._credit(start, end)
        self._counted_to = t

    def _credit(self, start: float, end: float) -> None:
        current = self.sessions[-1] if self.sessions else None
        if current is None or start - current.end > self.session_break:
            current = WorkSession(start=start, end=start)
            self.sessions.append(current)
        current.seconds += end - start
        current.end = end

    def on_input(self, t: float) -> None:
        self._advance(t)
        self._front = True
        if self._last_input is None or t > self._last_input:
            self._last_input = t

    def on_focus(self, t: float, active: bool) -> None:
        self._advance(t)
        if active and not self._front:
            self._last_input = t if self._last_input is None else max(self._last_input, t)
        self._front = bool(active)

    def tick(self, t: float) -> float:
        """Account up to ``t``; the active seconds of every session so far."""
        self._advance(t)
        return self.seconds


def minutes_text(seconds: float) -> str:
    """'42 min', '1 h 05 min', 'under a minute': how the review shows its active time."""
    from .messages import translate

    m = int(seconds // 60)
    if m < 1:
        return translate("core", "under a minute")
    if m < 60:
        return translate("core", "{n} min").format(n=m)
    return translate("core", "{h} h {m} min").format(h=m // 60, m=f"{m % 60:02d}")
