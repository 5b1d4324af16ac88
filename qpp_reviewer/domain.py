"""Domain vocabulary of casework quality review.

Values are plain strings in storage and exchange files so that a person can
read them; the enums keep the code honest about which strings exist.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date, datetime


# One limit for the text a person types: a finding's comment, a note, a reason. It is checked
# where the text is typed (the editor stops there), when it is saved (the store refuses more) and
# when a workbook is collated (a longer cell is refused), so every export collates: a spreadsheet
# cell holds 32,767 characters and readers cut longer ones short. Names and references are shorter.
MAX_TEXT = 10_000
MAX_NAME = 100  # a unit, reviewer or profile name


def _subjects():
    """What a text is, as the store and the window name it (English, as callers pass it), and the
    catalogue text that says it in the user's language. A caller may also pass a message."""
    from .messages import translate

    return {
        "A comment": translate("core", "A comment"),
        "the reason for reopening": translate("core", "the reason for reopening"),
        "The reason for reopening": translate("core", "The reason for reopening"),
        "the reason for revoking the key": translate("core", "the reason for revoking the key"),
        "The reason for revoking the key": translate("core", "The reason for revoking the key"),
    }


_PER_CRITERION = re.compile(r"^Criterion (?P<criterion>.+): the (?P<what>agreed comment|note)$")


def _subject(what):
    """``what`` as a message: a known subject's catalogue text, else the text itself."""
    from .messages import Message, translate

    if isinstance(what, Message):
        return what
    known = _subjects()
    if what in known:
        return known[what]
    m = _PER_CRITERION.match(what)
    if m:
        text = (translate("core", "Criterion {criterion}: the agreed comment") if m["what"] == "agreed comment"
                else translate("core", "Criterion {criterion}: the note"))
        return text.format(criterion=m["criterion"])
    return what


def text_problem(text: str | None, what="A comment", limit: int = MAX_TEXT) -> str | None:
    """The message for a text longer than ``limit`` characters (what is wrong, what to do); None if it fits.

    ``what`` names the text, capitalised ("A comment", "Criterion 4.2: the note") or as a message."""
    from .messages import Number, translate

    n = len(text or "")
    if n <= limit:
        return None
    return translate("core", "{what} is at most {limit} characters; this one has {n}. Shorten it "
                             "(keep long material in the case file and refer to it).").format(
        what=_subject(what), limit=Number(limit), n=Number(n))


MIN_REASON = 5  # a reason is a few words, not a keystroke: it is read later by someone else


def reason_problem(reason: str | None, what="the reason for reopening") -> str | None:
    """Why ``reason`` cannot be recorded (too short, too long), or None: the rule the store enforces,
    asked by the window too, so that a dialog can say so before it closes.

    ``what`` names the reason in lower case ("the reason for revoking the key"), or is a message (then
    it names the reason for both sentences, e.g. "the reason for the choice")."""
    from .messages import translate

    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        if what == "the reason for reopening":
            return translate("core", "Give the reason for reopening (at least a few words).")
        return translate("core", "Give {what} (at least a few words).").format(what=_subject(what))
    return text_problem(reason, what if hasattr(what, "source") else what[0].upper() + what[1:])


class _Labelled(str, enum.Enum):
    """A string enum with a human label, so lists and combos read well."""

    def __new__(cls, value: str, label: str):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    def __str__(self) -> str:  # stored and exported as the value
        return self.value

    @classmethod
    def parse(cls, text: str):
        """Accept the stored value or the label, case-insensitively."""
        t = (text or "").strip().lower()
        for member in cls:
            if t in (member.value, member.label.lower()):
                return member
        allowed = ", ".join(m.value for m in cls)
        raise ValueError(f"'{text}' is not a valid {cls.__name__}; use one of: {allowed}")


class Product(_Labelled):
    INTERVIEW = ("interview", "Interview")
    DECISION = ("decision", "Decision")
    # A senior caseworker's assessment of a technical specialist's review
    # (first-line secondary assurance): not a case product, never in QS figures.
    ASSURANCE = ("assurance", "Assurance check")


class Outcome(_Labelled):
    GRANT = ("grant", "Grant")
    REFUSAL = ("refusal", "Refusal")
    WITHDRAWAL = ("withdrawal", "Withdrawal")


class Stream(_Labelled):
    ROUTINE = ("routine", "Routine sampling")
    SPOE = ("spoe", "Second pair of eyes")
    SECONDARY = ("secondary", "First-line secondary assurance")
    THEMATIC = ("thematic", "Thematic review")
    EXTERNAL = ("external", "External audit")


class Severity(_Labelled):
    """A reviewer's finding on one criterion."""

    NO_ERROR = ("no_error", "No error")
    MINOR = ("minor", "Minor")
    SIGNIFICANT = ("significant", "Significant")
    FAIL = ("fail", "Fail")
    NOT_APPLICABLE = ("not_applicable", "Not applicable")

    @property
    def is_error(self) -> bool:
        return self in (Severity.MINOR, Severity.SIGNIFICANT, Severity.FAIL)


class OutcomeJudgement(_Labelled):
    """Needed when a fail error is found: can the outcome still be relied on?"""

    PROBABLY_CORRECT = ("probably_correct", "Outcome probably correct")
    PROBABLY_WRONG = ("probably_wrong", "Outcome probably wrong")


class SpecialPolicy(_Labelled):
    """Policies whose fail error makes a product QS5 whatever the outcome."""

    SAFEGUARDING = ("safeguarding", "Safeguarding")
    SECURITY = ("security", "Security")
    MODERN_SLAVERY = ("modern_slavery", "Modern slavery")


class QualityBand(_Labelled):
    QS1 = ("QS1", "QS1")
    QS2 = ("QS2", "QS2")
    QS3 = ("QS3", "QS3")
    QS4 = ("QS4", "QS4")
    QS5 = ("QS5", "QS5")

    @property
    def satisfactory(self) -> bool:
        return self in (QualityBand.QS1, QualityBand.QS2)

    @property
    def verdict(self) -> str:
        """The grouping the published inspection tables use."""
        if self.satisfactory:
            return "Satisfactory"
        if self is QualityBand.QS5:
            return "Unsatisfactory and outcome wrong"
        return "Unsatisfactory but outcome correct"


class Role(_Labelled):
    AUDITOR = ("auditor", "Auditor")
    TECH_SPEC = ("technical_specialist", "Technical specialist")
    SENIOR = ("senior_caseworker", "Senior caseworker")
    QUALITY_LEAD = ("quality_lead", "Quality lead")


class ReviewStatus(_Labelled):
    IN_PROGRESS = ("in_progress", "In progress")
    COMPLETE = ("complete", "Complete")


# The 15 core decision-making units are not all named in the sources; these
# are the ones the inspection names plus the separate cohorts it describes.
# Users extend the list in the app.
DEFAULT_UNITS = (
    "Glasgow",
    "Liverpool",
    "London",
    "Solihull",
    "Stoke",
    "Detained Asylum Casework",
    "UASC",
    "Secondary Casework",
    "Foreign National Offenders",
)


@dataclass(frozen=True)
class Criterion:
    id: str
    section_id: str
    section_title: str
    title: str
    question: str
    guidance: str
    special_policy: SpecialPolicy | None
    applies_to: frozenset[Outcome] | None  # None: every outcome
    position: int

    @property
    def label(self) -> str:
        return f"{self.id} {self.title}"

    def applies(self, outcome: Outcome | None) -> bool:
        return self.applies_to is None or outcome is None or outcome in self.applies_to


@dataclass(frozen=True)
class ChecklistTemplate:
    id: str
    version: int
    product: Product
    title: str
    description: str
    criteria: tuple[Criterion, ...]

    def criteria_for(self, outcome: Outcome | None) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.applies(outcome))

    @property
    def key(self) -> str:
        return f"{self.id} v{self.version}"


@dataclass
class Finding:
    criterion_id: str
    severity: Severity | None = None
    comment: str = ""


@dataclass
class ReviewHeader:
    """What identifies the case product under review (never an applicant name)."""

    case_reference: str
    unit: str
    product: Product
    outcome: Outcome | None
    product_date: date
    decision_maker: str
    stream: Stream
    reviewer: str


@dataclass
class Review:
    """A snapshot handed to the UI and exports; the store owns the truth."""

    id: str
    header: ReviewHeader
    template: ChecklistTemplate
    criteria: tuple[Criterion, ...]
    findings: dict[str, Finding]
    outcome_judgement: OutcomeJudgement | None
    status: ReviewStatus
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    events: list["ReviewEvent"] = field(default_factory=list)
    kind: str = "primary"  # primary | second | agreed | assurance
    parent_review_id: str | None = None
    superseded_by: str | None = None


@dataclass(frozen=True)
class ReviewEvent:
    at: datetime
    kind: str
    by: str
    detail: str
