"""The core's error messages in French: raised in English (the CLI, logs and tests read them so),
shown by the window in the user's language, and every one of them in the French catalogue."""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from qpp_reviewer.qt import i18n
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.storage.store import ReviewError, Store

from .helpers import header

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "qpp_reviewer_fr.ts"
NB = "\u00a0"


@pytest.fixture
def french(qtbot):
    app = make_application()
    assert i18n.install(app, "fr") == "fr"
    yield app
    i18n.install(app, "en")  # the other tests expect the English texts


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "fr.sqlite3")
    s.actor = "AB"
    yield s
    s.close()


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the window shows: (kind, title, text)."""
    shown = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, _kind=kind, **k: shown.append((_kind, title, text))
            or QMessageBox.StandardButton.Ok))
    return shown


def test_adding_a_unit_twice_says_so_in_french(french, store, qtbot, monkeypatch, boxes):
    """New review ▸ Add unit… with a unit already in the list: the store's refusal, in French."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog

    from qpp_reviewer.qt.new_review import NewReviewDialog

    with pytest.raises(ReviewError, match="^The unit 'Glasgow' is already in the list.$"):  # the core: English
        store.add_unit("glasgow")
    dialog = NewReviewDialog(store, "AB")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("glasgow", True)))
    qtbot.mouseClick(dialog.ui.addUnitButton, Qt.LeftButton)
    (kind, _title, text), = boxes
    assert (kind, text) == ("warning", f"L'unité «{NB}Glasgow{NB}» est déjà dans la liste.")


def test_new_review_form_problems_are_french(french, store, qtbot, boxes):
    """The form's own checks are the store's (validate_header): shown under each field in French."""
    from PySide6.QtCore import Qt

    from qpp_reviewer.qt.new_review import NewReviewDialog

    dialog = NewReviewDialog(store, "AB")
    qtbot.addWidget(dialog)
    dialog.ui.caseReference.clear()
    ok = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert dialog.ui.caseReferenceError.text() == f"Renseignez le champ «{NB}référence du dossier{NB}»."
    qtbot.keyClicks(dialog.ui.caseReference, "Smith")
    assert dialog.ui.caseReferenceError.text() == (
        f"Le champ «{NB}référence du dossier{NB}» doit contenir des chiffres{NB}: saisissez la référence, pas un nom.")


def test_completing_too_early_lists_the_problems_in_french(french, store, qtbot, boxes):
    """Complete review on a review with no findings: every problem the store finds, in French."""
    from PySide6.QtCore import Qt

    from qpp_reviewer.qt.review_editor import ReviewEditor

    rid = store.create_review(header())
    review = store.get_review(rid)
    first = review.criteria[0].label
    with pytest.raises(ReviewError, match=f"^The review cannot be completed yet:\n{re.escape(first)}: no finding yet."):
        store.complete_review(rid)  # the core: English
    editor = ReviewEditor(store, rid)
    qtbot.addWidget(editor)
    qtbot.mouseClick(editor.ui.completeButton, Qt.LeftButton)
    (kind, title, text), = boxes
    assert text.startswith("L'évaluation ne peut pas encore être terminée")
    assert f"{first}{NB}: pas encore de constat." in text.splitlines()
    assert "no finding" not in text


def test_a_core_refusal_through_run_guarded_is_french(french, store, qtbot, boxes):
    """The store's refusal to reopen a review that is not complete, via the window's guard."""
    from qpp_reviewer.qt.common import run_guarded

    rid = store.create_review(header())
    ok, _ = run_guarded(None, "Rouvrir", store.reopen_review, rid, "a reason of some words")
    assert not ok
    assert boxes == [("warning", "Rouvrir", "Seule une évaluation terminée peut être rouverte.")]


def _core_sources() -> set[str]:
    """Every translate("core", "…") text of the Qt-free core (and of the window, which uses some)."""
    out = set()
    for path in (ROOT / "qpp_reviewer").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
                    and len(node.args) == 2 and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value == "core"):
                assert isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str), \
                    f"{path.name}:{node.lineno}: translate() needs a plain string literal (lupdate extracts it)"
                out.add(node.args[1].value)
    return out


def test_every_core_message_has_a_finished_french_translation():
    sources = _core_sources()
    assert len(sources) > 150  # the scan found the messages (store, sampling, signing, templates, …)
    catalogue = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "core":
            continue
        for m in context.iter("message"):
            tr = m.find("translation")
            catalogue[m.findtext("source")] = (tr.text or "") if tr.get("type") is None else ""
    missing = sorted(s for s in sources if s not in catalogue)
    assert missing == [], "run bash packaging/update_translations.sh"
    unfinished = sorted(s for s in sources if not catalogue[s].strip())
    assert unfinished == []
    placeholder = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
    assert [s for s in sources if sorted(placeholder.findall(s)) != sorted(placeholder.findall(catalogue[s]))] == []


def test_core_errors_are_english_text_with_their_french_alongside(french, tmp_path):
    """A converted raise keeps its English text (CLI, logs) and is rendered in French by text()."""
    from datetime import date

    from qpp_reviewer.exchange.protect import encrypt_bytes, PasswordError
    from qpp_reviewer.sampling import SampleSpec, SamplingError
    from qpp_reviewer.signing import SigningError, read_enrolment
    from qpp_reviewer.storage.store import validate_header

    with pytest.raises(PasswordError) as exc:
        encrypt_bytes(b"", "")
    assert str(exc.value) == "An empty password protects nothing; choose one."
    assert i18n.text(exc.value) == f"Un mot de passe vide ne protège rien{NB}; choisissez-en un."

    with pytest.raises(SamplingError) as exc:
        SampleSpec(rate=0.1, size=5, seed=1).check()
    assert i18n.text(exc.value) == "Indiquez soit un taux d'échantillonnage, soit une taille d'échantillon, pas les deux."

    with pytest.raises(SigningError) as exc:
        read_enrolment(tmp_path / "nope.json")
    assert str(exc.value).startswith("There is no file ")
    assert i18n.text(exc.value).startswith("Le fichier ") and "n'existe pas" in i18n.text(exc.value)
    assert exc.value.__cause__ is not None  # chaining kept

    future = validate_header(header(product_date=date(2031, 1, 15)), ["Glasgow"], today=date(2025, 1, 1))
    assert str(future["product_date"]) == "15 Jan 2031 is in the future."
    assert i18n.text(future["product_date"]) == "Le 15 janv. 2031 est dans le futur."


def test_counted_core_errors_choose_the_french_form(french, store):
    """A counted refusal (plural()): English "1 review … is", French by its own rule, values kept."""
    rid = store.create_review(header())
    batch = store.create_batch("Glasgow - routine sample - Oct 2025")
    store.add_to_batch(batch, [rid])
    with pytest.raises(ReviewError) as exc:
        store.sign_off_batch(batch, "QL")
    assert str(exc.value) == "1 review in 'Glasgow - routine sample - Oct 2025' is not complete: L1234567/001"
    assert i18n.text(exc.value) == (f"1 évaluation de «{NB}Glasgow - routine sample - Oct 2025{NB}» n'est pas "
                                    f"terminée{NB}: L1234567/001")
