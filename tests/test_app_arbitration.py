"""Review ▸ Arbitrate a dispute… and the re-issued feedback sheet (issue 18 item 2 in the window), walked as a
person does: the feedback issued and the reply typed in through Review ▸ Decision maker's reply…, the
dispute arbitrated through its action and keys by a technical specialist, refused for the reviewer and
the decision maker, and the feedback sheet exported again through Reports ▸ Export feedback sheet."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QMessageBox

from qpp_reviewer.domain import QualityBand, Role, Severity
from qpp_reviewer.qt.app import make_application
from qpp_reviewer.qt.main_window import MainWindow
from qpp_reviewer.storage.store import Store

from .helpers import header


def _dialog_walk(qtbot, log, keys):
    """Run ``keys(dialog)`` on the modal dialog once it is up, noting its type (or what went wrong)."""

    def run():
        d = QApplication.activeModalWidget()
        try:
            log.append(type(d).__name__)
            d.activateWindow()
            QApplication.setActiveWindow(d)
            keys(d)
            qtbot.waitUntil(lambda: not d.isVisible(), timeout=3000)
        except Exception as exc:  # noqa: BLE001 - reported by the test
            log.append(exc)
            d.reject()

    QTimer.singleShot(0, run)


def _type_reply(qtbot):
    def keys(d):
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox), timeout=2000)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Down)  # Accept -> Dispute on the first error
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert isinstance(QApplication.focusWidget(), QLineEdit)
        qtbot.keyClicks(QApplication.focusWidget(), "The inconsistency was put at question 41.")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_R, Qt.AltModifier)  # &Record the reply

    return keys


def _arbitrate_overturn(qtbot, seen):
    def keys(d):
        seen.update(finding=d.finding.text(), why=d.why.text(), evidence=d.evidence.text())
        qtbot.waitUntil(lambda: QApplication.focusWidget() is d.dispute, timeout=2000)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is d.decision
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Down)  # Uphold -> Overturn
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)  # severity and comment are off: to the reason
        assert QApplication.focusWidget() is d.reason, QApplication.focusWidget()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.AltModifier)  # no reason yet: refused
        qtbot.waitUntil(lambda: "few words" in d.hint.text(), timeout=2000)  # a mnemonic clicks after a flash
        assert d.isVisible() and QApplication.focusWidget() is d.reason
        qtbot.keyClicks(QApplication.focusWidget(), "Question 41 puts the inconsistency to the claimant.")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.AltModifier)  # Record the &arbitration

    return keys


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_reply_dispute_arbitrate_and_reissue_the_sheet(qtbot, tmp_path, monkeypatch):
    make_application()
    store = Store.open(tmp_path / "a.sqlite3")
    store.add_profile("AB", Role.TECH_SPEC)  # the reviewer
    store.add_profile("DM4411", Role.TECH_SPEC)  # the decision maker, by name
    store.add_profile("TS1", Role.TECH_SPEC)
    store.add_profile("TS2", Role.TECH_SPEC)
    store.add_profile("QL1", Role.QUALITY_LEAD)
    store.actor = "AB"
    rid = store.create_review(header())
    crit = store.get_review(rid).criteria
    for c in crit:
        store.set_finding(rid, c.id, Severity.SIGNIFICANT if c is crit[3] else Severity.NO_ERROR)
    store.set_comment(rid, crit[3].id, "Material inconsistency not put to the claimant.")
    # the passage of the interview record the finding is about: the arbitrator sees it (issue 19)
    from .case_pdfs import QUOTE, QUOTE_PAGE, interview_pdf

    doc = store.documents.attach(rid, interview_pdf(tmp_path / "interview record.pdf"))
    store.documents.add_evidence(rid, crit[3].id, doc.sha256, QUOTE_PAGE, QUOTE)
    store.complete_review(rid)
    assert store.score_of(store.get_review(rid)).band is QualityBand.QS3
    boxes = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)  # issue the feedback now
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, _k=kind, **k: boxes.append((_k, text)))
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    editor = w.open_review(rid)

    log = []
    w.ui.actionArbitrate.trigger()  # nothing disputed yet
    assert boxes[-1] == ("information", "This review has no dispute waiting for arbitration.") and not log
    _dialog_walk(qtbot, log, _type_reply(qtbot))
    w.ui.actionReply.trigger()
    assert log == ["ReplyDialog"], log
    assert store.replies.state(rid).state == "reply_received"

    # the reviewer and the decision maker may not arbitrate: said, and no dialog
    for who, role in (("AB", "reviewer"), ("DM4411", "decision maker")):
        store.actor = who
        w.ui.actionArbitrate.trigger()
        assert boxes[-1][0] == "warning" and f"{who} is the {role} of L1234567/001" in boxes[-1][1], boxes[-1]
    assert log == ["ReplyDialog"]

    # a quality lead refers the disputes to one arbitrator, chosen among those who may arbitrate
    store.actor = "QL1"
    offered = []

    def refer(d):
        combo = d.findChild(QComboBox)
        offered.extend(combo.itemText(i) for i in range(combo.count()))
        qtbot.keyClick(combo, Qt.Key_Down)  # QL1 -> TS1
        qtbot.keyClick(combo, Qt.Key_Return)

    _dialog_walk(qtbot, log, refer)
    w.ui.actionReferDisputes.trigger()
    assert log[-1] == "QInputDialog", log
    assert offered == ["QL1", "TS1", "TS2"]  # not the reviewer AB nor the decision maker DM4411
    status = store.replies.state(rid)
    assert status.referred_to == "TS1" and status.state == "in_arbitration"
    log.remove("QInputDialog")

    store.actor = "TS1"
    seen = {}
    _dialog_walk(qtbot, log, _arbitrate_overturn(qtbot, seen))
    w.ui.actionArbitrate.trigger()
    assert log == ["ReplyDialog", "ArbitrateDialog"], log
    assert seen["why"] == "The inconsistency was put at question 41."
    assert seen["evidence"] == "interview record.pdf, p. 7: 'Q: Can you keep your answers short and say why you left your home town?'", seen
    assert seen["finding"].startswith("Significant") and "Material inconsistency" in seen["finding"]
    status = store.replies.state(rid)
    assert status.state == "resolved"
    [reply] = [r for r in status.replies if r.criterion_id == crit[3].id]
    assert reply.decision == "overturn" and reply.decided_by == "TS1"
    review = store.get_review(rid)
    assert review.findings[crit[3].id].severity is Severity.NO_ERROR and store.score_of(review).band is QualityBand.QS1
    assert store.score_of(editor.review).band is QualityBand.QS1  # the open tab shows the re-scored review
    assert "re-scored: QS1" in w.last_arbitration_message
    assert "0 of 1 disputes open" in editor.reply_label.text()

    # the feedback sheet, re-issued from the window, says what changed and why
    out = tmp_path / "reissued.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    w.ui.actionExportFeedback.trigger()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=20000)
    text = _pdf_text(out)
    assert "re-issued after arbitration" in text
    assert "Changed after the decision maker's reply" in text
    assert "The band was QS3 before arbitration and is QS1 now" in text
    for words in ("Material inconsistency not put to the claimant.", "The inconsistency was put at question 41.",
                  "Overturned to no error by TS1", "Question 41 puts the inconsistency to the claimant."):
        assert words in text, words
    w.close()
    store.close()


def test_an_amendment_with_a_new_comment_through_the_dialog(qtbot, tmp_path, monkeypatch):
    make_application()
    store = Store.open(tmp_path / "b.sqlite3")
    store.add_profile("QL1", Role.QUALITY_LEAD)
    store.actor = "AB"
    rid = store.create_review(header())
    crit = store.get_review(rid).criteria
    for c in crit:
        store.set_finding(rid, c.id, Severity.SIGNIFICANT if c is crit[2] else Severity.NO_ERROR)
    store.set_comment(rid, crit[2].id, "The credibility findings are not reasoned.")
    store.complete_review(rid)
    store.replies.issue_feedback(rid)
    store.replies.reply(rid, {crit[2].id: ("dispute", "Two of the three points are reasoned.")})
    store.actor = "QL1"
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.open_review(rid)
    log = []

    def keys(d):
        qtbot.waitUntil(lambda: QApplication.focusWidget() is d.dispute, timeout=2000)
        qtbot.keyClick(d.dispute, Qt.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_End)  # Amend
        assert d.severity.isEnabled() and d.comment.isEnabled()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is d.severity
        qtbot.keyClick(d.severity, Qt.Key_Home)
        qtbot.keyClick(d.severity, Qt.Key_Down)  # Minor
        qtbot.keyClick(d.severity, Qt.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "One credibility point is not reasoned.")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Two of the three points are reasoned at 30-34.")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)

    _dialog_walk(qtbot, log, keys)
    w.ui.actionArbitrate.trigger()
    assert log == ["ArbitrateDialog"], log
    f = store.get_review(rid).findings[crit[2].id]
    assert f.severity is Severity.MINOR and f.comment == "One credibility point is not reasoned."
    [reply] = store.replies.state(rid).replies
    assert reply.decision == "amend" and reply.original_comment == "The credibility findings are not reasoned."
    assert reply.decision_comment == "One credibility point is not reasoned."
    w.close()
    store.close()


def test_the_review_list_shows_and_filters_where_the_reply_stands(qtbot, tmp_path):
    from qpp_reviewer.qt.review_list import REPLY

    make_application()
    store = Store.open(tmp_path / "l.sqlite3")
    store.actor = "AB"
    made = {}
    for n, name in enumerate(("awaited", "disputed", "untouched")):
        rid = made[name] = store.create_review(header(case_reference=f"L765432{n}/001"))
        crit = store.get_review(rid).criteria
        for c in crit:
            store.set_finding(rid, c.id, Severity.MINOR if c is crit[0] else Severity.NO_ERROR)
        store.set_comment(rid, crit[0].id, "A small slip.")
        store.complete_review(rid)
    store.replies.issue_feedback(made["awaited"])
    store.replies.issue_feedback(made["disputed"])
    [a] = [cid for cid, *_ in store.replies.findings(made["disputed"])]
    store.replies.reply(made["disputed"], {a: ("dispute", "It is not a slip.")})
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    page = w.list_page
    model = page.ui.table.model()
    assert model.headerData(REPLY, Qt.Horizontal) == "Reply"
    cells = {model.index(r, 0).data(): model.index(r, REPLY).data() for r in range(model.rowCount())}
    assert cells == {"L7654320/001": "10 days left", "L7654321/001": "reply received", "L7654322/001": ""}
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "L7654320/001")
    assert model.index(row, REPLY).data(Qt.ToolTipRole) == "awaiting reply (10 working days left)"
    combo = page.replyFilter
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Down)  # Awaiting reply
    assert page.shown_ids() == [made["awaited"]]
    assert "1 of 3 reviews match the filters" in page.ui.countLabel.text()
    qtbot.keyClick(combo, Qt.Key_Down)  # Reply received
    assert page.shown_ids() == [made["disputed"]]
    qtbot.keyClick(combo, Qt.Key_End)  # Feedback not issued
    assert page.shown_ids() == [made["untouched"]]
    page.ui.clearFilters.click()
    assert combo.currentIndex() == 0 and len(page.shown_ids()) == 3
    w.close()
    store.close()
