"""Active time on a review (issue 20 item 4): a fake clock and synthetic input events."""

from __future__ import annotations

import pytest

from qpp_reviewer.activity import IDLE_CUTOFF, SESSION_BREAK, ActivityClock, minutes_text


def test_time_counts_while_in_front_with_recent_input():
    c = ActivityClock(idle_cutoff=180)
    c.on_focus(0, True)  # opened: coming in front is input
    c.on_input(60)
    c.on_input(120)
    assert c.tick(150) == 150


def test_idle_cutoff_stops_the_count_three_minutes_after_the_last_input():
    c = ActivityClock(idle_cutoff=180)
    c.on_focus(0, True)
    c.on_input(100)
    assert c.tick(10_000) == 280  # 100 s of work, then 180 s after the last key, then nothing
    c.on_input(10_500)  # back at the keyboard: counting resumes from the key, not from 10,000
    assert c.tick(10_560) == 340


def test_focus_loss_stops_the_count_at_once_and_input_elsewhere_is_not_counted():
    c = ActivityClock(idle_cutoff=180)
    c.on_focus(0, True)
    c.on_input(30)
    c.on_focus(50, False)  # another window: nothing counts even within the cutoff
    assert c.tick(200) == 50
    c.on_focus(1000, True)
    assert c.tick(1100) == 150  # 100 s after coming back (coming back is input)
    assert c.tick(1300) == 230  # ... until 180 s after it


def test_wall_clock_between_open_and_close_is_not_the_active_time():
    c = ActivityClock()
    c.on_focus(0, True)
    for t in range(0, 600, 20):  # ten minutes of steady work
        c.on_input(t)
    c.on_focus(600, False)
    assert c.tick(8 * 3600) == 600  # open all day; ten minutes of it active
    assert IDLE_CUTOFF == 180


def test_sessions_split_after_a_long_break():
    c = ActivityClock(idle_cutoff=180, session_break=SESSION_BREAK)
    c.on_focus(0, True)
    c.on_input(100)
    c.tick(5000)  # first session: 0-280
    c.on_input(5000 + SESSION_BREAK)  # long after: a second session
    c.on_input(5000 + SESSION_BREAK + 60)
    c.tick(5000 + SESSION_BREAK + 90)
    assert [(s.start, s.seconds) for s in c.sessions] == [(0, 280), (5000 + SESSION_BREAK, 90)]
    # a short break does not start a new session: 90 s, then up to 180 s after the input at +60 (240),
    # then 10 s after the input at +600
    c.on_input(5000 + SESSION_BREAK + 600)
    c.tick(5000 + SESSION_BREAK + 610)
    assert len(c.sessions) == 2 and c.sessions[-1].seconds == 250
    assert c.seconds == 530


def test_a_clock_going_backwards_counts_nothing():
    c = ActivityClock()
    c.on_focus(100, True)
    c.on_input(50)
    assert c.tick(40) == 0
    assert c.tick(130) == 30


def test_minutes_text():
    assert str(minutes_text(30)) == "under a minute"
    assert str(minutes_text(42 * 60 + 5)) == "42 min"
    assert str(minutes_text(65 * 60)) == "1 h 05 min"
    with pytest.raises(ValueError):
        ActivityClock(idle_cutoff=0)
