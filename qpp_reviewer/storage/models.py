"""ORM tables. Changes here need an Alembic migration in migrations/versions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UnitRow(Base):
    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ReviewerProfileRow(Base):
    """Who works on this laptop: every change records one of these names."""

    __tablename__ = "reviewer_profile"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(30))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TemplateRow(Base):
    """A copy of each template version used, so old reviews keep their wording."""

    __tablename__ = "checklist_template"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    product: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[list["CriterionRow"]] = relationship(
        order_by="CriterionRow.position", cascade="all, delete-orphan"
    )


class CriterionRow(Base):
    __tablename__ = "criterion"
    __table_args__ = (
        ForeignKeyConstraint(
            ["template_id", "template_version"],
            ["checklist_template.id", "checklist_template.version"],
            name="fk_criterion_template",
        ),
    )
    template_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    template_version: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    section_id: Mapped[str] = mapped_column(String(32))
    section_title: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")
    special_policy: Mapped[str | None] = mapped_column(String(20), nullable=True)
    applies_to: Mapped[str | None] = mapped_column(String(100), nullable=True)  # comma list


class BatchRow(Base):
    """A named group of reviews, e.g. "Glasgow - routine sample - Oct 2025"."""

    __tablename__ = "batch"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    signed_off_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    signed_off_by: Mapped[str | None] = mapped_column(String(100), nullable=True)


class ReviewRow(Base):
    __tablename__ = "review"
    __table_args__ = (
        ForeignKeyConstraint(
            ["template_id", "template_version"],
            ["checklist_template.id", "checklist_template.version"],
            name="fk_review_template",
        ),
        # Covers every column the figures group by or filter on: the dashboard's count reads the index only.
        Index("ix_review_figures", "product_date", "status", "band", "kind", "superseded_by", "unit_id",
              "product", "stream", "reviewer", "batch_id"),
        # The review list's order, newest change first, read a page at a time (migration 0016).
        Index("ix_review_updated", "updated_at", "id"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID
    case_reference: Mapped[str] = mapped_column(String(64), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    product: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    product_date: Mapped[date] = mapped_column(Date)
    decision_maker: Mapped[str] = mapped_column(String(64))
    stream: Mapped[str] = mapped_column(String(20))
    reviewer: Mapped[str] = mapped_column(String(100))
    template_id: Mapped[str] = mapped_column(String(64))
    template_version: Mapped[int] = mapped_column(Integer)
    outcome_judgement: Mapped[str | None] = mapped_column(String(20), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    # Written only by Store._rescore from scoring.score(); never set elsewhere.
    band: Mapped[str | None] = mapped_column(String(3), nullable=True)
    band_reason: Mapped[str] = mapped_column(Text, default="")
    n_no_error: Mapped[int] = mapped_column(Integer, default=0)
    n_minor: Mapped[int] = mapped_column(Integer, default=0)
    n_significant: Mapped[int] = mapped_column(Integer, default=0)
    n_fail: Mapped[int] = mapped_column(Integer, default=0)
    n_not_applicable: Mapped[int] = mapped_column(Integer, default=0)
    n_unanswered: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    batch_id: Mapped[str | None] = mapped_column(
        ForeignKey("batch.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # Set on reviews collated from a workbook: they are read-only here.
    source_file: Mapped[str | None] = mapped_column(String(260), nullable=True)
    imported_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # primary | second (a blind second review of parent) | agreed (the result both agreed,
    # superseding parent and its second review) | assurance (an assessment of parent's review)
    kind: Mapped[str | None] = mapped_column(String(20), nullable=True, default="primary")
    parent_review_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    superseded_by: Mapped[str | None] = mapped_column(String(36), nullable=True)

    unit: Mapped[UnitRow] = relationship()
    batch: Mapped[BatchRow | None] = relationship()
    findings: Mapped[list["FindingRow"]] = relationship(
        cascade="all, delete-orphan", back_populates="review"
    )
    events: Mapped[list["ReviewEventRow"]] = relationship(
        cascade="all, delete-orphan", order_by="ReviewEventRow.id"
    )


class FindingRow(Base):
    __tablename__ = "finding"
    __table_args__ = (UniqueConstraint("review_id", "criterion_id", name="uq_finding_criterion"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID
    # looked up by review through the unique (review_id, criterion_id) index: no index of its own
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    criterion_id: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str | None] = mapped_column(String(20), nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    review: Mapped[ReviewRow] = relationship(back_populates="findings")


class ReviewEventRow(Base):
    """Completion and reopening, with the reason a reopening needs."""

    __tablename__ = "review_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    by: Mapped[str] = mapped_column(String(100))
    detail: Mapped[str] = mapped_column(Text, default="")


class CollationRunRow(Base):
    """One collation: which files were read and what became of them."""

    __tablename__ = "collation_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    files_read: Mapped[int] = mapped_column(Integer, default=0)
    files_rejected: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    discrepancies: Mapped[int] = mapped_column(Integer, default=0)


class CollationNoteRow(Base):
    """Something a collation found: a band discrepancy, a conflict, a rejected file."""

    __tablename__ = "collation_note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("collation_run.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # discrepancy | conflict | rejected
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    review_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    detail: Mapped[str] = mapped_column(Text, default="")


class SamplingRoundRow(Base):
    """How a sample was drawn: enough to redraw it from the same file and check it.

    Written once by qpp_reviewer.storage.samples.record_sample and never changed.
    """

    __tablename__ = "sampling_round"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID
    # The batch the drawn cases were put in; the record outlives a deleted batch.
    batch_id: Mapped[str | None] = mapped_column(
        ForeignKey("batch.id", ondelete="SET NULL"), nullable=True, index=True
    )
    batch_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    stream: Mapped[str] = mapped_column(String(20))
    population_file: Mapped[str] = mapped_column(String(260))
    population_sha256: Mapped[str] = mapped_column(String(64))  # of the file's bytes
    population_digest: Mapped[str] = mapped_column(String(64))  # of the sorted case list
    population_size: Mapped[int] = mapped_column(Integer)
    excluded_count: Mapped[int] = mapped_column(Integer, default=0)
    eligible_size: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(40))
    strata_by: Mapped[str] = mapped_column(String(40), default="")  # "" | "unit" | "unit,product"
    rate: Mapped[float | None] = mapped_column(Float, nullable=True)
    requested_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    min_per_stratum: Mapped[int] = mapped_column(Integer, default=0)
    sample_size: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(BigInteger)
    algorithm: Mapped[str] = mapped_column(String(40))
    columns: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field -> the file's column read as it
    strata: Mapped[str] = mapped_column(Text, default="[]")  # JSON: one object per stratum
    excluded: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [case_reference, product, reason]
    notes: Mapped[str] = mapped_column(Text, default="")
    app_version: Mapped[str] = mapped_column(String(20), default="")


class SampledCaseRow(Base):
    """A case drawn into a batch: pending until a review is started from it (or it is skipped)."""

    __tablename__ = "sampled_case"
    __table_args__ = (
        UniqueConstraint("round_id", "case_reference", "product", name="uq_sampled_case_round_case"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("sampling_round.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    case_reference: Mapped[str] = mapped_column(String(64), index=True)
    unit: Mapped[str] = mapped_column(String(100))
    product: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    product_date: Mapped[date] = mapped_column(Date)
    decision_maker: Mapped[str | None] = mapped_column(String(64), nullable=True)
    stratum: Mapped[str] = mapped_column(String(200), default="")
    source_row: Mapped[int] = mapped_column(Integer)
    review_id: Mapped[str | None] = mapped_column(
        ForeignKey("review.id", ondelete="SET NULL"), nullable=True, index=True
    )
    skipped_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    skipped_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    skip_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class EnrolledKeyRow(Base):
    """A reviewer's public key the centre has enrolled (after confirming its fingerprint), or revoked."""

    __tablename__ = "enrolled_key"
    public_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # base64 of the 32 raw bytes
    fingerprint: Mapped[str] = mapped_column(String(40))
    reviewer: Mapped[str] = mapped_column(String(100), index=True)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    enrolled_by: Mapped[str] = mapped_column(String(100))
    how: Mapped[str] = mapped_column(String(20), default="file")  # file | at_collation
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    revoke_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
