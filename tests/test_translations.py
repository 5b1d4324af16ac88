"""The French catalogue: the window and the review flow in French, and a catalogue that is complete and sound."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from qpp_reviewer.domain import Product, Severity
from qpp_reviewer.qt import i18n
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.labels import label
from qpp_reviewer.storage.store import Store

from .helpers import header

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "qpp_reviewer_fr.ts"
QM = TS.with_suffix(".qm")
# The main window and the review flow: every message of these forms' contexts (their code's too) is translated.
MAIN_FORMS = ("ui/mainwindow.ui", "ui/reviewlist.ui", "ui/newreviewdialog.ui", "ui/revieweditor.ui")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")


def messages() -> list[dict]:
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            tr = m.find("translation")
            out.append({
                "context": name,
                "files": {loc.get("filename", "").removeprefix("../../") for loc in m.iter("location")},
                "source": m.findtext("source") or "",
                "translation": tr.text or "",
                "unfinished": tr.get("type") in ("unfinished", "vanished", "obsolete"),
            })
    return out


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


def test_main_window_is_french(french, store, qtbot):
    from qpp_reviewer.qt.main_window import MainWindow, keyboard_help

    w = MainWindow(store)
    qtbot.addWidget(w)
    ui = w.ui
    assert ui.menuFile.title() == "&Fichier"
    assert ui.menuReview.title() == "É&valuation"
    assert ui.actionNewReview.text() == "&Nouvelle évaluation…"
    assert ui.actionNewReview.shortcut().toString() == "Ctrl+N"  # shortcuts are not translated
    assert ui.actionExport.text() == "&Exporter vers Excel…"
    menus = [a.text() for a in w.menuBar().actions()]
    assert "É&chantillonnage" in menus and "&Langue" in menus
    assert [ui.tabs.tabText(i) for i in range(3)] == ["Évaluations", "Lots", "Tableau de bord"]
    assert w.db_label.text().startswith("Base de données\u00a0: ")
    assert "<h3>Clavier</h3>" in keyboard_help()

    page = w.list_page.ui
    assert page.stack.currentIndex() == 0  # the empty state
    assert page.emptyTitle.text() == "Aucune évaluation pour l'instant"
    assert "<b>Nouvelle évaluation</b>" in page.emptyText.text()
    assert page.emptyNewButton.text() == "Commencer une nouvelle évaluation"
    assert page.searchEdit.placeholderText() == "Rechercher une référence de dossier…"
    assert page.productFilter.itemText(0) == "Tous les types"
    assert page.productFilter.itemText(1) == label(Product.INTERVIEW) == "Entretien"
    assert w.list_page.model.headerData(0, Qt.Horizontal, Qt.DisplayRole) == "Référence du dossier"
    assert w.batch_page.ui.newBatchButton.text() == "&Nouveau lot…"
    assert w.dashboard.ui.periodReportButton.text() == "Rapport de &période…"
    w.close()


def test_new_review_dialog_is_french(french, store, qtbot):
    from qpp_reviewer.qt.new_review import NewReviewDialog

    dialog = NewReviewDialog(store, "AB")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert dialog.windowTitle() == "Nouvelle évaluation"
    assert ui.caseReferenceLabel.text() == "&Référence du dossier"
    assert ui.unitLabel.text() == "&Unité"
    assert ui.decisionMakerLabel.text() == "&Agent décisionnaire"
    assert ui.reviewerLabel.text() == "É&valuateur·rice"
    assert ui.caseReference.placeholderText() == "L1234567/001"  # an example, not text
    assert [ui.product.itemText(i) for i in range(ui.product.count())][:2] == ["Entretien", "Décision"]


def test_review_editor_is_french(french, store, qtbot):
    from qpp_reviewer.qt.review_editor import ReviewEditor

    editor = ReviewEditor(store, store.create_review(header()))
    qtbot.addWidget(editor)
    ui = editor.ui
    assert ui.completeButton.text() == "&Terminer l'évaluation"
    assert ui.reopenButton.text() == "&Rouvrir…"
    assert ui.findingBox.title() == "Constat"
    assert [b.text() for b in (ui.noErrorButton, ui.minorButton, ui.significantButton, ui.failButton,
                               ui.notApplicableButton)] == [
        "&1 Aucune erreur", "&2 Mineure", "&3 Importante", "&4 Éliminatoire", "&5 Sans objet"]
    assert ui.commentLabel.text() == "Co&mmentaire"
    assert label(Severity.FAIL) == "Éliminatoire"


def test_english_again_after_french(french):
    i18n.install(french, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert label(Product.DECISION) == "Decision"
    assert QLocale().monthName(1) == "January"


def test_dates_follow_the_chosen_language(french, qtbot):
    """A French window shows French month names in its date pickers, whatever the system's locale."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    assert QLocale().monthName(1) == "janvier"
    edit = QDateEdit(QDate(2025, 10, 3))
    qtbot.addWidget(edit)
    edit.setDisplayFormat("d MMMM yyyy")
    assert edit.text() == "3 octobre 2025"


def test_catalogue_complete_for_the_window_and_the_review_flow():
    msgs = messages()
    contexts = {m["context"] for m in msgs if m["files"] & set(MAIN_FORMS)}
    assert {"MainWindow", "ReviewListPage", "NewReviewDialog", "ReviewEditor"} <= contexts
    contexts |= {"domain", "ReviewTable"}  # the labels and column headers those show
    unfinished = [(m["context"], m["source"]) for m in msgs
                  if m["context"] in contexts and (m["unfinished"] or not m["translation"].strip())]
    assert unfinished == []


def test_every_message_is_translated():
    assert [(m["context"], m["source"]) for m in messages() if m["unfinished"] or not m["translation"]] == []


def test_translations_keep_placeholders_tags_and_accelerators():
    problems = []
    for m in messages():
        src, fr = m["source"], m["translation"]
        if not fr:
            continue
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(fr)):
            problems.append(("placeholders", src, fr))
        if sorted(TAG.findall(src)) != sorted(TAG.findall(fr)):
            problems.append(("tags", src, fr))
        accelerators = [len(re.findall(r"&(?!&|nbsp;)\S", s)) for s in (src, fr)]
        if accelerators[0] != accelerators[1]:
            problems.append(("accelerator", src, fr))
        for band in re.findall(r"QS[1-5]", src):
            if band not in fr:
                problems.append(("band", src, fr))
    assert problems == []


def test_compiled_catalogue_is_up_to_date(tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease")
    if not lrelease:
        pytest.skip("pyside6-lrelease not installed")
    fresh = tmp_path / "fr.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert QM.read_bytes() == fresh.read_bytes(), "run bash packaging/update_translations.sh"



def test_no_text_counts_with_a_bracketed_plural():
    """"1 review(s)", "ajouté(s)": a count says its own form (issue 14 item 7), in both languages."""
    bracketed = re.compile(r"\w\((?:s|es|e|e\)\(s)\)")
    found = []
    for m in ET.parse(TS).getroot().iter("message"):
        source = m.findtext("source") or ""
        for text in (source, m.findtext("translation") or ""):
            if bracketed.search(text):
                found.append(text[:80])
    assert found == []


def test_decimals_and_percentages_follow_the_chosen_language(french):
    """A French window writes "61,2–70,4 %" where an English one writes "61.2–70.4%" (the dashboard's
    interval, the charts' tooltips, the appeal outcomes, the sampling dialog's confidence levels)."""
    from qpp_reviewer.domain import QualityBand
    from qpp_reviewer.domain import ReviewStatus
    from qpp_reviewer.qt.dashboard import interval_text
    from qpp_reviewer.statistics import BandCounts

    c = BandCounts()
    for band, n in ((QualityBand.QS1, 40), (QualityBand.QS2, 26), (QualityBand.QS3, 20), (QualityBand.QS4, 14)):
        c.add_reviews(ReviewStatus.COMPLETE, band, n)
    fr = interval_text(c)
    assert re.fullmatch(r"\d\d,\d\u2013\d\d,\d\u00a0%", fr), fr
    assert i18n.percent(12.5, 1) == "12,5\u00a0%" and i18n.decimal(1234.5) == "1\u202f234,5"
    i18n.install(french, "en")
    en = interval_text(c)
    assert re.fullmatch(r"\d\d\.\d\u2013\d\d\.\d%", en), en
    assert en.replace(".", ",").replace("%", "\u00a0%") == fr
    assert i18n.percent(12.5, 1) == "12.5%" and i18n.decimal(1234.5) == "1,234.5"
