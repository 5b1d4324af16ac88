"""Domain labels (products, outcomes, streams, severities…) in the user's language.

The core keeps English labels; the window shows them through Qt's translation
machinery. The literal list below is what pyside6-lupdate extracts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr_label(text: str) -> str:
    return QCoreApplication.translate("domain", text)


def label(member) -> str:
    """A domain enum member's label, translated."""
    return tr_label(member.label)


def _extracted_by_lupdate() -> None:  # pragma: no cover - never called; lists the strings
    QCoreApplication.translate("domain", "Interview"),
    QCoreApplication.translate("domain", "Decision"),
    QCoreApplication.translate("domain", "Assurance check"),
    QCoreApplication.translate("domain", "Grant"),
    QCoreApplication.translate("domain", "Refusal"),
    QCoreApplication.translate("domain", "Withdrawal"),
    QCoreApplication.translate("domain", "Routine sampling"),
    QCoreApplication.translate("domain", "Second pair of eyes"),
    QCoreApplication.translate("domain", "First-line secondary assurance"),
    QCoreApplication.translate("domain", "Thematic review"),
    QCoreApplication.translate("domain", "External audit"),
    QCoreApplication.translate("domain", "No error"),
    QCoreApplication.translate("domain", "Minor"),
    QCoreApplication.translate("domain", "Significant"),
    QCoreApplication.translate("domain", "Fail"),
    QCoreApplication.translate("domain", "Not applicable"),
    QCoreApplication.translate("domain", "Outcome probably correct"),
    QCoreApplication.translate("domain", "Outcome probably wrong"),
    QCoreApplication.translate("domain", "Safeguarding"),
    QCoreApplication.translate("domain", "Security"),
    QCoreApplication.translate("domain", "Modern slavery"),
    QCoreApplication.translate("domain", "In progress"),
    QCoreApplication.translate("domain", "Complete"),
    QCoreApplication.translate("domain", "Auditor"),
    QCoreApplication.translate("domain", "Technical specialist"),
    QCoreApplication.translate("domain", "Senior caseworker"),
    QCoreApplication.translate("domain", "Quality lead"),
    QCoreApplication.translate("domain", "Satisfactory"),
    QCoreApplication.translate("domain", "Unsatisfactory but outcome correct"),
    QCoreApplication.translate("domain", "Unsatisfactory and outcome wrong"),
