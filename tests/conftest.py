import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from qpp_reviewer.domain import Criterion, SpecialPolicy


def make_criteria(n: int, special: dict[int, SpecialPolicy] | None = None) -> list[Criterion]:
    """n criteria in sections of five; ``special`` marks some as special-policy."""
    special = special or {}
    return [
        Criterion(
            id=f"{i // 5 + 1}.{i % 5 + 1}",
            section_id=str(i // 5 + 1),
            section_title=f"Section {i // 5 + 1}",
            title=f"Criterion {i}",
            question=f"Question {i}?",
            guidance="",
            special_policy=special.get(i),
            applies_to=None,
            position=i,
        )
        for i in range(n)
    ]


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Tests never touch the real per-user data folder or settings."""
    monkeypatch.setenv("QPP_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _fresh_settings():
    """QSettings outlive a test (the QApplication is shared): every test starts with none."""
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # pragma: no cover - the core tests run without Qt too
        yield
        return
    if QCoreApplication.instance() is not None:
        QSettings().clear()
    yield
    if QCoreApplication.instance() is not None:
        QSettings().clear()
