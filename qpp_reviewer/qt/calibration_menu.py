"""Review ▸ Calibration ▸ … (issue 18): mark a calibration case, record its reference answer, start one's
calibration review, the calibration report.

Built with the main window, before its first frame: so this module imports nothing that creates
PySide6's ``Qt`` namespace (see main_window._NO_QT_NAMESPACE); the dialogs, in qt/calibration_dialog.py,
are imported when a command is first chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def _cd():
    from . import calibration_dialog

    return calibration_dialog


def add_calibration_menu(window) -> None:
    """Review ▸ Calibration ▸ … on ``window`` (the main window), before Close tab."""
    from PySide6.QtWidgets import QMenu

    menu = window.calibration_menu = QMenu(QCoreApplication.translate("Calibration", "Ca&libration"), window)
    menu.setObjectName("menuCalibration")
    window.ui.menuReview.insertMenu(window.ui.actionCloseTab, menu)
    for name, text, tip, slot in (
        ("actionMarkCalibration", QCoreApplication.translate("Calibration", "&Mark as calibration case…"),
         QCoreApplication.translate("Calibration", "A quality lead marks the current review as a calibration case, in a round"),
         lambda: _cd().mark_case(window)),
        ("actionRecordReference", QCoreApplication.translate("Calibration", "Record the &reference answer…"),
         QCoreApplication.translate("Calibration", "A quality lead records the agreed findings of the current calibration case"),
         lambda: _cd().record_reference(window)),
        ("actionStartCalibration", QCoreApplication.translate("Calibration", "&Start my calibration review…"),
         QCoreApplication.translate("Calibration", "Review a calibration case blind; the reference opens when your review is complete"),
         lambda: _cd().start_calibration(window)),
        ("actionCalibrationReport", QCoreApplication.translate("Calibration", "Calibration re&port…"),
         QCoreApplication.translate("Calibration", "Reviewers against the reference answers: per criterion, per reviewer, across rounds"),
         lambda: _cd().show_report(window)),
    ):
        action = QAction(window)
        action.setObjectName(name)
        action.setText(text)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        menu.addAction(action)
        setattr(window, name, action)
        setattr(window.ui, name, action)
