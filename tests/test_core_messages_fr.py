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


# -- issue 14: what was still English in a French window --------------------------------------
NNB = "\u202f"  # Qt's French group separator (1 234)


def _english_words(text: str) -> list[str]:
    """English words of the core's messages that must not be in a French text."""
    words = ("row ", "column ", " is empty", "characters", " is not ", "file(s)", "reviews:", "REJECTED",
             "conflicting", "older than held", "Give ", "at least", "the reason")
    return [w for w in words if w in text]


def test_a_comment_too_long_is_refused_in_french_with_french_numbers(french, store):
    """domain.text_problem through the store: the limit and the count in the locale's numbers."""
    rid = store.create_review(header())
    cid = store.get_review(rid).criteria[0].id
    with pytest.raises(ReviewError) as exc:
        store.set_comment(rid, cid, "x" * 12345)
    assert str(exc.value).startswith("A comment is at most 10,000 characters; this one has 12,345.")  # the core
    shown = i18n.text(exc.value)
    assert shown.startswith(f"Un commentaire{NB}: 10{NNB}000 caractères au plus{NB}; ce texte en compte 12{NNB}345.")
    assert _english_words(shown) == []


def test_reasons_too_short_are_refused_in_french(french, store):
    """domain.reason_problem with the subjects the store and key register pass (English in, French out)."""
    from qpp_reviewer.domain import reason_problem, text_problem

    assert i18n.text(reason_problem("ok", "the reason for revoking the key")) == (
        "Indiquez le motif de la révocation de la clé (quelques mots au moins).")
    assert str(reason_problem("ok", "the reason for revoking the key")) == (
        "Give the reason for revoking the key (at least a few words).")
    long = i18n.text(reason_problem("y" * 10_001))
    assert long.startswith(f"Le motif de la réouverture{NB}: 10{NNB}000 caractères au plus")
    note = i18n.text(text_problem("z" * 10_001, "Criterion 4.2: the note"))
    assert note.startswith(f"Critère 4.2{NB}: la note{NB}: 10{NNB}000 caractères au plus")
    assert all(_english_words(t) == [] for t in (long, note))


def test_a_bad_checklist_workbook_lists_its_rows_in_french(french):
    """Per-row template-import problems: sheet, row, column and what is wrong, all in French."""
    from qpp_reviewer.template_sheets import CRITERIA_SHEET, TemplateError, template_from_rows, template_rows
    from qpp_reviewer.templates import shipped_templates

    template = shipped_templates()[0]
    meta, criteria = template_rows(template)
    meta = [r if r[0] != "version" else ["version", "two"] for r in meta]
    criteria[1] = list(criteria[1])
    criteria[1][0] = ""  # section id empty
    criteria[2] = list(criteria[2])
    criteria[2][-1] = "soon"  # order not a number
    with pytest.raises(TemplateError) as exc:
        template_from_rows(meta, criteria, "bad.xlsx")
    english = str(exc.value)
    assert f"{CRITERIA_SHEET}, row 2, column A (Section id): is empty" in english
    shown = i18n.text(exc.value)
    assert f"{CRITERIA_SHEET}, ligne 2, colonne A (Section id){NB}: est vide" in shown
    assert f"«{NB}soon{NB}» n'est pas un nombre" in shown
    assert f"«{NB}two{NB}» n'est pas un nombre entier à partir de 1" in shown
    assert _english_words(shown) == [], shown


def test_a_bad_case_list_is_listed_in_french_in_the_sampling_dialog(french, store, qtbot, tmp_path):
    """Per-row case-list problems (sampling import), read in the Draw a sample dialog: the Problems
    table's row, column and problem, and the summary above it, in French."""
    from qpp_reviewer.qt.sampling_dialog import SamplingDialog

    cases = tmp_path / "cases.csv"
    cases.write_text("Case Ref,DMU,Type,Decision,Date of decision\n"
                     "L1234567/001,Glasgow,decision,grant,2025-03-01\n"
                     "Smith,Glasgow,decision,grant,2025-03-01\n"
                     "L1234568/001,Atlantis,decision,maybe,someday\n", encoding="utf-8")
    dialog = SamplingDialog(store, "QL")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(cases)
    qtbot.waitUntil(lambda: dialog.problems_table.rowCount() > 0, timeout=20000)
    table = dialog.problems_table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert ["3", 'A "Case Ref"'] == rows[0][:2]
    assert rows[0][2].startswith(f"«{NB}Smith{NB}» n'est pas une référence de dossier")
    problems = " | ".join(r[2] for r in rows)
    assert f"«{NB}Atlantis{NB}» n'est pas une unité connue" in problems
    assert f"«{NB}someday{NB}» n'est pas une date" in problems
    assert _english_words(problems) == [], problems
    summary = dialog.summary.text()
    assert "3 lignes lues, dont 1 correctes" in summary and "row(s)" not in summary


def _report(n_added=1234):
    from qpp_reviewer.exchange.collate import CollationReport, FileReport

    good = FileReport(Path("glasgow.xlsx"), added=n_added, unchanged=2, conflicts=["L1/001: another copy"],
                      templates_added=["qpp-decision v2"], signer="AB", signer_fingerprint="AAAA BBBB")
    bad = FileReport(Path("bad.xlsx"), errors=["not a workbook"])
    return CollationReport(files=[good, bad], unfinished=["an earlier run did not finish"])


def test_the_collation_report_lines_are_french_and_the_english_is_the_cli_s(french):
    """The run report the window shows (exchange.report_text): French lines, French numbers; its English
    is CollationReport.text()'s, line for line (the summary line says "2 files", not "file(s)")."""
    from qpp_reviewer.exchange.report_text import collation_report_message

    report = _report()
    message = collation_report_message(report)
    english, cli = str(message).splitlines(), report.text().splitlines()
    assert english[:-1] == [line.replace("1234", "1,234") for line in cli[:-1]]
    assert english[-1].startswith("2 files read, 1 rejected; reviews: 1,234 added")
    shown = i18n.text(message)
    assert f"REFUSÉ bad.xlsx{NB}: rien n'en a été importé" in shown
    assert f"lu glasgow.xlsx{NB}: 1{NNB}234 ajoutées" in shown
    assert f"  modèle installé{NB}: qpp-decision v2" in shown
    assert shown.splitlines()[-1].startswith(f"2 fichiers lus, refusés{NB}: 1{NB}; évaluations{NB}: 1{NNB}234 ajoutées")
    assert _english_words(shown) == [], shown


def test_collating_from_the_french_window_shows_a_french_report(french, store, qtbot, tmp_path, monkeypatch, boxes):
    """File ▸ Collate workbooks… in French: the box's text and its details."""
    from PySide6.QtWidgets import QFileDialog

    from qpp_reviewer.qt.main_window import MainWindow

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bad)], ""))
    w.last_collation_box = None
    w.ui.actionCollate.trigger()
    qtbot.waitUntil(lambda: getattr(w, "last_collation_box", None) is not None, timeout=30000)
    details = w.last_collation_box.detailedText().replace(NB, " ")  # the box's text edit gives plain spaces
    assert details.startswith("REFUSÉ bad.xlsx : rien n'en a été importé")
    assert "1 fichier lu, refusés : 1 ; évaluations : 0 ajoutées" in details
    w.close()


def test_window_counts_follow_the_locale(french):
    assert i18n.plural(1234, "{n} évaluation de {batch}", "{n} évaluations de {batch}") == \
        f"1{NNB}234 évaluations de {{batch}}"
    assert i18n.number(1234567) == f"1{NNB}234{NNB}567"


def test_compare_and_agree_in_french_shows_french_band_reasons(french, store, qtbot):
    """The Compare and agree header gives each review's band reason in French (it was English), and a
    finding with its comment is written "Mineure : …"."""
    from qpp_reviewer.domain import Severity
    from qpp_reviewer.qt.compare import CompareDialog

    first = store.create_review(header(reviewer="AB"))
    for c in store.get_review(first).criteria:
        store.set_finding(first, c.id, Severity.NO_ERROR)
    store.complete_review(first)
    second = store.request_second_review(first, "ZZ")
    store.actor = "ZZ"
    criteria = store.get_review(second, viewer="ZZ").criteria
    for c in criteria:
        store.set_finding(second, c.id, Severity.MINOR)
        store.set_comment(second, c.id, "Seen on the file.")
    store.complete_review(second, by="ZZ")
    dialog = CompareDialog(store, first, second)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "erreurs mineures" in shown and "minor errors" not in shown and "assessed criteria" not in shown
    texts = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount()) if dialog.table.item(r, 2)]
    assert f"Mineure{NB}: Seen on the file." in texts


def test_a_good_case_list_is_described_in_french(french, store, qtbot, tmp_path):
    """Draw a sample with a good case list: products and the draw's method in French (they were the
    core's codes: "decision 400, interview 200", "stratified random (by unit)"), counts in French."""
    from qpp_reviewer.qt.sampling_dialog import SamplingDialog

    from .layout_tour import UNITS, case_list

    for unit in UNITS:
        if unit not in store.units():
            store.add_unit(unit)
    dialog = SamplingDialog(store, "QL")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load_file(case_list(tmp_path / "cases.csv", n=1500))
    summary, planned = dialog.summary.text(), dialog.planned_label.text()
    assert f"1{NNB}500 dossiers" in summary and f"décision 1{NNB}000, entretien 500" in summary, summary
    assert "aléatoire stratifié (par unité)" in planned and "stratified" not in planned, planned


def test_the_history_header_and_the_round_trip_report_lines_in_french(french, store, qtbot):
    """The audit check above a review's history, and a run report's revision lines, in French."""
    from qpp_reviewer.exchange.collate import CollationReport, FileReport
    from qpp_reviewer.exchange.report_text import collation_report_message
    from qpp_reviewer.qt.history import HistoryDialog

    from .helpers import header

    rid = store.create_review(header())
    store.seal("test", force=True)
    d = HistoryDialog(store, rid)
    qtbot.addWidget(d)
    from PySide6.QtWidgets import QLabel

    text = next(w.text() for w in d.findChildren(QLabel) if "piste d'audit" in w.text())
    assert "1 entrée intacte" in text and "1 point de contrôle concorde" in text and "concorde avec les tables" in text
    from pathlib import Path

    f = FileReport(Path("ab.xlsx"), added=0, unchanged=0)
    f.states_reset.append("L1 (x): was approved, revised since")
    f.answers.append("L1: the form is ASL.4153")
    report = CollationReport(files=[f])
    english = str(collation_report_message(report)).splitlines()
    assert english[:-1] == report.text().splitlines()[:-1]
    shown = i18n.text(collation_report_message(report))
    assert "reçue à nouveau" in shown and "demande répondue" in shown
