import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _private_settings() -> None:
    """The window's settings (QSettings) of this test run live in a folder of its own: Qt reads
    XDG_CONFIG_HOME once, before a test's monkeypatch could move it, so without this every run wrote
    the user's real ~/.config/QPP file, and two runs at once changed each other's remembered sizes
    and folders."""
    import tempfile

    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - the core tests run without Qt too
        return
    folder = tempfile.mkdtemp(prefix="qpp-test-settings-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, folder)


_private_settings()

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
def _signers_enrolled(request, monkeypatch):
    """Collation refuses a workbook whose signer the centre has not enrolled. Tests about what a
    collation does with a workbook's content stand for a centre that has enrolled its reviewers:
    for them an unseen signer is enrolled on the spot (as ``collate --trust-new-signers``), while
    a bad or revoked signature is still refused. Tests of custody itself (tests/test_signing*.py,
    or any test marked ``strict_signatures``) get the product's default: unseen signers refused."""
    if request.node.get_closest_marker("strict_signatures") or "signing" in request.node.path.name:
        return
    from qpp_reviewer.exchange import collate

    monkeypatch.setattr(collate, "DEFAULT_SIGNATURES", collate.SignaturePolicy(trust_new_signers=True))


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


# The README's test command promises the whole suite with no test skipped: packaging/test.sh installs
# what every test needs and sets QPP_NO_SKIPS=1, and then a skip is a failure of the run, not a
# quiet gap (a missing tool would otherwise hide a test for ever).
_skipped: list[str] = []


def pytest_runtest_logreport(report):
    if report.skipped and not hasattr(report, "wasxfail"):
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("QPP_NO_SKIPS") == "1" and _skipped and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter):
    if os.environ.get("QPP_NO_SKIPS") == "1" and _skipped:
        terminalreporter.write_line(
            f"QPP_NO_SKIPS=1: {len(_skipped)} test(s) skipped, which this run does not allow: "
            + ", ".join(_skipped[:10]), red=True)
