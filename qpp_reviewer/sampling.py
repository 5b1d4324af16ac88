"""Sampling cases for review: the population file, the sample size, the draw.

Qt-free and database-free; storing a draw and starting reviews from it is in
:mod:`qpp_reviewer.storage.samples`.

- **Population**: a case list (CSV or a spreadsheet) with a case reference,
  unit, product, outcome and date per row, columns found by their header
  (:data:`HEADER_VARIANTS`, case-insensitive). Every bad row is reported with
  its row number and column; a population with any error is not drawn from.
- **Draw**: a rate (2% routine sampling by default) or a fixed size,
  optionally stratified (by unit) with proportional allocation and a minimum
  per stratum, from cases not already reviewed or sampled. It is reproducible:
  the population is sorted canonically first (so the order of the rows in the
  file does not matter), and only ``random.Random(seed).random()`` is used,
  whose sequence Python guarantees across versions (``random.sample`` and
  ``shuffle`` are not guaranteed).
- **Sample size calculator**: ``n0 = z² p(1-p) / e²``, with the finite
  population correction ``n = n0 / (1 + (n0 - 1) / N)``, always rounded up;
  and the margin a planned sample gives.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path
from random import Random
from statistics import NormalDist
from typing import Iterable, Mapping, Sequence

from .domain import Outcome, Product
from .messages import counted_noun, joined, plural, translate

ROUTINE_RATE = 0.02  # 2% of decisions and 2% of interviews (the revised routine sampling rate)
ALGORITHM = "qpp-sample-1"  # canonical sort, strata in name order, partial Fisher-Yates on Random(seed).random()
MAX_ERRORS = 200
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_SEED = 2**63 - 1
EARLIEST_DATE = date(2000, 1, 1)
STRATA_FIELDS = ("unit", "product")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")

FIELD_LABELS = {
    "case_reference": "case reference",
    "unit": "unit",
    "product": "product",
    "outcome": "outcome",
    "product_date": "date",
    "decision_maker": "decision maker",
}


def _field_label(f: str):
    """A case-list field's name in a message ("a second column for the {field}")."""
    return {
        "case_reference": translate("core", "case reference"),
        "unit": translate("core", "unit"),
        "product": translate("core", "product"),
        "outcome": translate("core", "outcome"),
        "product_date": translate("core", "date"),
        "decision_maker": translate("core", "decision maker"),
    }[f]


def _at(row: int, column: str | None = None):
    """Where a case-list problem is: "row 12, column B "DMU"" (the Problems table splits it again)."""
    if column is None:
        return translate("core", "row {row}").format(row=row)
    return translate("core", "row {row}, column {column}").format(row=row, column=column)


def _problem(where, message):
    return translate("core", "{where}: {problem}").format(where=where, problem=message)
# Header texts accepted for each field, compared after _norm_header (lower case,
# punctuation as spaces). The first is the one to use in a new file.
HEADER_VARIANTS: dict[str, tuple[str, ...]] = {
    "case_reference": (
        "case reference", "case ref", "case reference number", "case ref no", "case no", "case number",
        "case id", "caseref", "reference", "ref", "case", "ho reference", "ho ref", "home office reference",
        "cid reference", "file reference",
    ),
    "unit": (
        "unit", "dmu", "decision making unit", "decision maker unit", "business unit", "team", "office",
        "location", "hub",
    ),
    "product": ("product", "product type", "type", "work type", "casework type", "item", "stage"),
    "outcome": ("outcome", "decision outcome", "decision", "result", "decision type", "decision result"),
    "product_date": (
        "date", "product date", "decision date", "date of decision", "interview date", "date of interview",
        "served date", "date served", "service date", "completion date", "date completed", "completed",
    ),
    "decision_maker": (
        "decision maker", "dm", "dm reference", "dm ref", "decision maker reference", "decision maker ref",
        "staff reference", "staff ref", "staff id", "caseworker", "interviewer", "officer",
    ),
}
REQUIRED_FIELDS = ("case_reference", "unit", "product", "product_date")
_OUTCOME_ALIASES = {"granted": "grant", "refused": "refusal", "refuse": "refusal", "withdrawn": "withdrawal",
                    "withdraw": "withdrawal"}
GIVEN_PRODUCT = "(no column; every row: "  # the mapping of a product given for the whole file
SAMPLED_PRODUCTS = (Product.INTERVIEW, Product.DECISION)  # case products; not assurance checks
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/._-]{1,63}$")
_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %b %Y", "%d %B %Y", "%Y/%m/%d")


class SamplingError(ValueError):
    """A population or a request that cannot be drawn from; the message says why."""


# -- the population ----------------------------------------------------------------


@dataclass(frozen=True)
class PopulationCase:
    row: int  # row in the file (the header is row 1 when it is the first line)
    case_reference: str
    unit: str
    product: Product
    outcome: Outcome | None
    product_date: date
    decision_maker: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """What makes a case the same case: reference (any letter case) and product."""
        return case_key(self.case_reference, self.product)

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.product.value, self.case_reference.upper())

    def stratum(self, by: Sequence[str]) -> str:
        if not by:
            return "all"
        return " / ".join(self.unit if f == "unit" else self.product.value for f in by)

    def canonical_line(self) -> str:
        return "\t".join((self.case_reference.upper(), self.product.value, self.unit,
                          self.outcome.value if self.outcome else "", self.product_date.isoformat(),
                          self.decision_maker or ""))


def case_key(case_reference: str, product: Product | str) -> tuple[str, str]:
    return ((case_reference or "").strip().upper(), Product(product).value if not isinstance(product, Product)
            else product.value)


@dataclass
class Population:
    """A case list read from a file: the cases, or every problem with it."""

    file_name: str
    sha256: str  # of the file's bytes
    cases: list[PopulationCase] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # field -> 'B "DMU"'
    ignored_columns: list[str] = field(default_factory=list)
    rows_read: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def size(self) -> int:
        return len(self.cases)

    @property
    def digest(self) -> str:
        """SHA-256 of the sorted case list: equal for the same cases in any row order or file type."""
        h = hashlib.sha256()
        for c in sorted(self.cases, key=lambda c: c.sort_key):
            h.update(c.canonical_line().encode("utf-8") + b"\n")
        return h.hexdigest()

    def check(self) -> None:
        if self.errors:
            raise SamplingError(translate("core", "{file} cannot be used as a population:\n  {problems}").format(
                file=self.file_name, problems=joined("\n  ", self.errors)))
        if not self.cases:
            raise SamplingError(translate("core", "{file} has no cases in it.").format(file=self.file_name))

    def counts(self, attr: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.cases:
            value = getattr(c, attr)
            value = value.value if hasattr(value, "value") else (value or "-")
            out[value] = out.get(value, 0) + 1
        return dict(sorted(out.items(), key=lambda kv: str(kv[0]).casefold()))

    def preview(self, rows: int = 10) -> str:
        """What the file was read as, for a person to check before drawing."""
        lines = [f"{self.file_name}: {counted_noun(self.rows_read, 'row')} read, {counted_noun(self.size, 'case')}, "
                 f"{counted_noun(len(self.errors), 'problem')}; sha256 {self.sha256}"]
        for f, label in FIELD_LABELS.items():
            lines.append(f"  {label:15} <- {self.mapping.get(f, '(no column)')}")
        if self.ignored_columns:
            lines.append("  ignored columns: " + ", ".join(self.ignored_columns))
        if self.cases:
            lines.append("  by unit: " + ", ".join(f"{k} {v:,}" for k, v in self.counts("unit").items()))
            lines.append("  by product: " + ", ".join(f"{k} {v:,}" for k, v in self.counts("product").items()))
            lines.append("  first rows:")
            for c in self.cases[:rows]:
                lines.append(f"    row {c.row:<6} {c.case_reference:16} {c.unit:24} {c.product.value:9} "
                             f"{c.outcome.value if c.outcome else '-':10} {c.product_date.isoformat()}"
                             + (f"  {c.decision_maker}" if c.decision_maker else ""))
        if self.errors:
            lines.append("  problems:")
            lines += [f"    {e}" for e in self.errors]
        return "\n".join(lines)


class _Errors(list):
    def add(self, message: str) -> None:
        if len(self) < MAX_ERRORS:
            self.append(message)
        elif len(self) == MAX_ERRORS:
            self.append(translate("core", "… further problems not listed"))


def _norm_header(text) -> str:
    text = str(text or "").strip().lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " ".join(text.split())


_LOOKUP = {_norm_header(v): f for f, variants in HEADER_VARIANTS.items() for v in variants}


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return " ".join(str(value).split())


def _parse_date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _read_rows(path: Path) -> list[list]:
    """Every row of the first sheet (or of the CSV), as cell values."""
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        from python_calamine import CalamineWorkbook

        try:
            wb = CalamineWorkbook.from_path(str(path))
            return [list(r) for r in wb.get_sheet_by_index(0).to_python(skip_empty_area=False)]
        except Exception as exc:  # calamine has its own error types for every kind of bad file
            raise SamplingError(translate("core", "{file} is not a readable spreadsheet ({detail}).").format(
                file=path.name, detail=f"{exc.__class__.__name__}: {str(exc)[:200]}")) from exc
    if suffix in TEXT_SUFFIXES:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")  # what Excel on Windows writes as "CSV"
        first = text.split("\n", 1)[0]
        delimiter = max((",", ";", "\t"), key=first.count) if first else ","
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    raise SamplingError(translate("core", "{file}: give a .csv or .xlsx file (got '{suffix}').").format(
        file=path.name, suffix=path.suffix or translate("core", "no extension")))


def read_population(
    path: str | Path,
    units: Iterable[str] | None = None,
    default_product: Product | None = None,
    today: date | None = None,
) -> Population:
    """Read a case list. Problems are collected in ``errors``, never raised, except for
    a file that cannot be read at all (SamplingError).

    ``units``: the known units; a unit is matched to one of them whatever its letter case,
    and an unknown unit is an error. ``default_product``: the product of every row when
    the file has no product column (a list of decisions only, say).
    """
    path = Path(path)
    today = today or date.today()
    if default_product is not None and default_product not in SAMPLED_PRODUCTS:
        raise SamplingError(translate("core", "Cases are interviews or decisions, not {product}.").format(
            product=default_product.value))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SamplingError(translate("core", "Cannot read {path}: {reason}.").format(
            path=str(path), reason=str(exc.strerror or exc))) from exc
    if size > MAX_FILE_BYTES:
        raise SamplingError(translate("core", "{file} is larger than {mb} MB; split it.").format(
            file=path.name, mb=MAX_FILE_BYTES // 2**20))
    try:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise SamplingError(translate("core", "Cannot read {path}: {reason}.").format(
            path=str(path), reason=str(exc.strerror or exc))) from exc
    rows = _read_rows(path)
    pop = Population(file_name=path.name, sha256=sha)
    errors = _Errors()
    pop.errors = errors

    # the header: the first row with anything in it
    header_index = next((i for i, r in enumerate(rows) if any(_cell_text(v) for v in r)), None)
    if header_index is None:
        errors.add(translate("core", "the file is empty: it needs a header row (Case reference, Unit, Product, "
                                     "Outcome, Date) and one row per case"))
        return pop
    header_row = header_index + 1
    columns: dict[str, int] = {}
    for i, h in enumerate(rows[header_index]):
        name = _cell_text(h)
        if not name:
            continue
        where = f'{column_letter(i)} "{name}"'
        f = _LOOKUP.get(_norm_header(name))
        if f is None:
            pop.ignored_columns.append(where)
        elif f in columns:
            errors.add(_problem(_at(header_row, where), translate(
                "core", "a second column for the {field} (column {column} is one already); rename or delete one "
                        "of them").format(field=_field_label(f), column=pop.mapping[f])))
        else:
            columns[f] = i
            pop.mapping[f] = where
    if "product" not in columns and default_product is not None:
        pop.mapping["product"] = f"{GIVEN_PRODUCT}{default_product.value})"
    for f in REQUIRED_FIELDS:
        if f not in columns and not (f == "product" and default_product is not None):
            examples = ", ".join(f'"{v.title()}"' for v in HEADER_VARIANTS[f][:4])
            errors.add(_problem(_at(header_row), translate(
                "core", "no column for the {field} (name one {examples}, in any letter case)").format(
                field=_field_label(f), examples=examples)))
    if errors:
        return pop

    known_units = {" ".join(u.split()).casefold(): u for u in units} if units is not None else None
    seen: dict[tuple[str, str], int] = {}
    cases: list[PopulationCase] = []
    decisions_without_outcome: list[int] = []
    for index in range(header_index + 1, len(rows)):
        raw = rows[index]
        n = index + 1
        if not any(_cell_text(v) for v in raw):
            continue  # blank lines
        pop.rows_read += 1
        before = len(errors)

        def cell(f: str):
            i = columns.get(f)
            return raw[i] if i is not None and i < len(raw) else None

        def bad(f: str, message: str) -> None:
            errors.add(_problem(_at(n, pop.mapping[f]), message))

        ref = _cell_text(cell("case_reference"))
        if not ref:
            bad("case_reference", translate("core", "the case reference is empty"))
        elif not _REFERENCE.match(ref) or not any(ch.isdigit() for ch in ref):
            bad("case_reference", translate("core", "'{value}' is not a case reference (letters, digits and / . _ - "
                                                    "only, 2 to 64 characters, with digits, e.g. L1234567/001)")
                .format(value=ref[:70]))
            ref = ""

        unit = _cell_text(cell("unit"))
        if not unit:
            bad("unit", translate("core", "the unit is empty"))
        elif known_units is not None:
            match = known_units.get(unit.casefold())
            if match is None:
                bad("unit", translate("core", "'{value}' is not a known unit; correct it, or add the unit in "
                                              "QPP Reviewer first").format(value=unit[:100]))
                unit = ""
            else:
                unit = match
        elif len(unit) > 100:
            bad("unit", translate("core", "a unit's name is at most 100 characters"))
            unit = ""

        product = default_product
        if "product" in columns:
            text = _cell_text(cell("product"))
            product = None
            if not text and default_product is not None:
                product = default_product
            elif not text:
                bad("product", translate("core", "the product is empty (interview or decision)"))
            else:
                for candidate in (text, text[:-1] if text.lower().endswith("s") else text):  # "Decisions"
                    try:
                        product = Product.parse(candidate)
                    except ValueError:
                        continue
                    if product in SAMPLED_PRODUCTS:
                        break
                    product = None
                else:
                    bad("product", translate("core", "'{value}' is not a product of casework; use interview or "
                                                     "decision").format(value=text[:40]))

        outcome = None
        text = _cell_text(cell("outcome")) if "outcome" in columns else ""
        if text:
            try:
                outcome = Outcome.parse(_OUTCOME_ALIASES.get(text.lower(), text))
            except ValueError:
                bad("outcome", translate("core", "'{value}' is not an outcome; use grant, refusal or withdrawal")
                    .format(value=text[:40]))
                outcome = None
            if outcome is not None and product is Product.INTERVIEW:
                bad("outcome", translate("core", "an interview has no outcome; leave the cell empty"))
        elif product is Product.DECISION:
            if "outcome" in columns:
                bad("outcome", translate("core", "a decision needs its outcome (grant, refusal or withdrawal)"))
            else:
                decisions_without_outcome.append(n)

        value = cell("product_date")
        when = _parse_date(value)
        if when is None:
            shown = _cell_text(value)
            bad("product_date", translate("core", "the date is empty") if not shown else
                translate("core", "'{value}' is not a date (use a date cell, YYYY-MM-DD or DD/MM/YYYY)").format(
                    value=shown[:40]))
        elif when > today:
            bad("product_date", translate("core", "{date} is in the future").format(date=when.isoformat()))
            when = None
        elif when < EARLIEST_DATE:
            bad("product_date", translate("core", "{date} is before 2000; check the year").format(
                date=when.isoformat()))
            when = None

        dm = None
        if "decision_maker" in columns:
            dm = _cell_text(cell("decision_maker")) or None
            if dm and (not _REFERENCE.match(dm) or not any(ch.isdigit() for ch in dm)):
                bad("decision_maker", translate("core", "'{value}' is not a staff reference (letters, digits and "
                                                        "/ . _ -, with digits; never a name)").format(value=dm[:70]))
                dm = None

        no_outcome = bool(decisions_without_outcome) and decisions_without_outcome[-1] == n
        if len(errors) > before or no_outcome or not (ref and unit and product and when):
            continue
        case = PopulationCase(n, ref, unit, product, outcome, when, dm)
        if case.key in seen:
            errors.add(_problem(_at(n, pop.mapping['case_reference']), translate(
                "core", "{case} ({product}) is also on row {row}; a case is listed once").format(
                case=ref, product=product.value, row=seen[case.key])))
            continue
        seen[case.key] = n
        cases.append(case)
    if decisions_without_outcome:
        shown = ", ".join(str(r) for r in decisions_without_outcome[:10])
        if len(decisions_without_outcome) > 10:
            shown += " …"
        errors.add(_problem(_at(header_row), plural(
            len(decisions_without_outcome),
            translate("core", "the file has no outcome column, but {n} row is a decision, which needs one (rows "
                              "{rows})"),
            translate("core", "the file has no outcome column, but {n} rows are decisions, which need one (rows "
                              "{rows})"),
            rows=shown)))
    pop.cases = cases
    if not cases and not errors:
        errors.add(translate("core", "there are no cases below the header row"))
    return pop


# -- the sample size calculator ------------------------------------------------------


def z_value(confidence: float) -> float:
    """Two-sided standard normal quantile: 0.95 -> 1.95996."""
    if not 0.5 <= confidence < 1:
        raise SamplingError(translate("core", "The confidence level is between 0.5 and 1 (e.g. 0.95 for 95%)."))
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def _ceil(x: float) -> int:
    # 385.00000000001 from floating-point error is 385, not 386
    return math.ceil(x - 1e-9)


def _check_share_margin(share: float, margin: float | None = None) -> None:
    if not 0 < share < 1:
        raise SamplingError(translate("core", "The expected share is between 0 and 1 (e.g. 0.54 for 54% satisfactory)."))
    if margin is not None and not 0 < margin < 1:
        raise SamplingError(translate("core", "The margin is between 0 and 1 (e.g. 0.05 for ±5 percentage points)."))


@dataclass(frozen=True)
class SampleSize:
    share: float
    margin: float
    confidence: float
    z: float
    n0: float  # unrounded, for an unlimited population
    population: int | None
    n_exact: float  # after the finite population correction (= n0 without a population)
    n: int  # what to draw: rounded up, never more than the population

    def text(self) -> str:
        lines = [
            f"To estimate a share of about {self.share:.0%} within ±{self.margin * 100:g} percentage points "
            f"at {self.confidence:.0%} confidence:",
            f"  n0 = z² p(1-p) / e² = {self.z:.4f}² × {self.share:g} × {1 - self.share:g} / {self.margin:g}² "
            f"= {self.n0:.2f} -> {_ceil(self.n0)} cases (unlimited population)",
        ]
        if self.population is not None:
            lines.append(f"  with a population of N = {self.population:,}: n = n0 / (1 + (n0 - 1) / N) "
                         f"= {self.n_exact:.2f} -> {self.n} cases")
        lines.append(f"Sample size: {self.n} (rounded up, so the margin is met)")
        return "\n".join(lines)


def sample_size(share: float, margin: float, confidence: float = 0.95, population: int | None = None) -> SampleSize:
    """The sample needed to estimate a share within ``margin`` (both as proportions)."""
    _check_share_margin(share, margin)
    if population is not None and (isinstance(population, bool) or population < 1):
        raise SamplingError(translate("core", "The population is a whole number from 1."))
    z = z_value(confidence)
    n0 = z * z * share * (1 - share) / (margin * margin)
    exact = n0 if population is None else n0 / (1 + (n0 - 1) / population)
    n = _ceil(exact)
    if population is not None:
        n = min(n, population)
    return SampleSize(share, margin, confidence, z, n0, population, exact, max(n, 1))


def margin_of_error(n: int, share: float = 0.5, confidence: float = 0.95, population: int | None = None) -> float:
    """The margin (a proportion) a sample of ``n`` gives: z √(p(1-p)/n) × √((N-n)/(N-1))."""
    _check_share_margin(share)
    if isinstance(n, bool) or n < 1:
        raise SamplingError(translate("core", "The sample size is a whole number from 1."))
    z = z_value(confidence)
    e = z * math.sqrt(share * (1 - share) / n)
    if population is not None:
        if population < n:
            raise SamplingError(translate("core", "A sample of {n} cannot come from a population of {population}.").format(
                n=f"{n:,}", population=f"{population:,}"))
        e *= math.sqrt((population - n) / (population - 1)) if population > 1 else 0.0
    return e


# -- drawing ----------------------------------------------------------------------------


def new_seed() -> int:
    """A fresh seed, short enough to write down."""
    return secrets.randbelow(10**9)


@dataclass(frozen=True)
class SampleSpec:
    """How to draw: exactly one of ``rate`` and ``size``; ``by`` fields to stratify on."""

    seed: int
    rate: float | None = None
    size: int | None = None
    by: tuple[str, ...] = ()
    min_per_stratum: int = 0

    def check(self) -> None:
        if (self.rate is None) == (self.size is None):
            raise SamplingError(translate("core", "Give either a sampling rate or a sample size, not both."))
        if self.rate is not None and not 0 < self.rate <= 1:
            raise SamplingError(translate("core", "The sampling rate is between 0 and 1 (e.g. 0.02 for 2%)."))
        if self.size is not None and (isinstance(self.size, bool) or self.size < 1):
            raise SamplingError(translate("core", "The sample size is a whole number from 1."))
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or not 0 <= self.seed <= MAX_SEED:
            raise SamplingError(translate("core", "The seed is a whole number from 0 to {max}.").format(max=MAX_SEED))
        unknown = [f for f in self.by if f not in STRATA_FIELDS]
        if unknown or len(set(self.by)) != len(self.by):
            raise SamplingError(translate("core", "Stratify by {fields} (each once); not: {given}").format(
                fields=" or ".join(STRATA_FIELDS), given=", ".join(unknown)))
        if self.min_per_stratum < 0:
            raise SamplingError(translate("core", "The minimum per stratum is 0 or more."))
        if self.min_per_stratum and not self.by:
            raise SamplingError(translate("core", "A minimum per unit needs a stratified draw (by unit)."))

    @property
    def method(self) -> str:
        return f"stratified random (by {', '.join(self.by)})" if self.by else "simple random"


@dataclass(frozen=True)
class Stratum:
    key: str
    population: int
    excluded: int
    eligible: int
    sample: int

    def as_dict(self) -> dict:
        return {"stratum": self.key, "population": self.population, "excluded": self.excluded,
                "eligible": self.eligible, "sample": self.sample}


@dataclass
class Sample:
    spec: SampleSpec
    population_size: int
    excluded: list[tuple[PopulationCase, str]]  # with the reason
    eligible: int
    target: int  # from the rate or the size, before minimums
    strata: list[Stratum]
    drawn: list[PopulationCase]  # in canonical order
    notes: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.drawn)

    @property
    def keys(self) -> list[tuple[str, str]]:
        return [c.key for c in self.drawn]

    def text(self) -> str:
        s = self.spec
        how = f"rate {s.rate:g} ({s.rate:.1%})" if s.rate is not None else f"fixed size {s.size}"
        lines = [
            f"Method: {s.method}, {how}" + (f", at least {s.min_per_stratum} per stratum" if s.min_per_stratum else "")
            + f"; seed {s.seed}; algorithm {ALGORITHM}",
            f"Population {self.population_size:,}; excluded {len(self.excluded):,} (already reviewed or sampled); "
            f"eligible {self.eligible:,}; drawn {self.size:,}",
        ]
        lines += [f"Note: {n}" for n in self.notes]
        if s.by:
            width = max(len(st.key) for st in self.strata)
            lines.append(f"  {'stratum':{width}}  population  excluded  eligible  sample")
            for st in self.strata:
                lines.append(f"  {st.key:{width}}  {st.population:10,}  {st.excluded:8,}  {st.eligible:8,}  "
                             f"{st.sample:6,}")
        return "\n".join(lines)


def target_size(spec: SampleSpec, population_size: int) -> int:
    """Cases to draw: the size, or the rate of the whole population rounded up (2% of 3,040 = 61)."""
    if spec.size is not None:
        return spec.size
    return math.ceil(Fraction(str(spec.rate)) * population_size)


def allocate(sizes: Mapping[str, int], n: int, minimum: int = 0) -> dict[str, int]:
    """Proportional allocation of ``n`` over strata of the given sizes.

    Each stratum gets at least ``minimum`` (or all it has, if fewer); a stratum whose
    proportional share is below that is held at it and the rest is shared out again in
    proportion to the other strata. The sample grows if the minimums need more than
    ``n``. Fractions are settled by largest remainder (ties by stratum name), so the
    result always sums to max(n, sum of minimums), capped at the total size.
    """
    if n < 0 or minimum < 0 or any(v < 0 for v in sizes.values()):
        raise SamplingError(translate("core", "Sizes and the sample size cannot be negative."))
    total_size = sum(sizes.values())
    floor = {h: min(minimum, size) for h, size in sizes.items()}
    n = min(max(n, sum(floor.values())), total_size)
    fixed: dict[str, int] = {}
    free = {h: size for h, size in sizes.items() if size > 0}
    fixed.update({h: 0 for h, size in sizes.items() if size == 0})
    remaining = 0
    shares: dict[str, Fraction] = {}
    while free:
        remaining = n - sum(fixed.values())
        total = sum(free.values())
        shares = {h: Fraction(remaining * size, total) for h, size in free.items()}
        low = [h for h in free if shares[h] < floor[h]]
        if not low:
            break
        for h in low:
            fixed[h] = floor[h]
            del free[h]
    result = dict(fixed)
    base = {h: min(math.floor(shares[h]), free[h]) for h in free}
    left = remaining - sum(base.values())
    order = sorted(free, key=lambda h: (-(shares[h] - base[h]), h.casefold(), h))
    for h in order:
        if left <= 0:
            break
        if base[h] < free[h]:
            base[h] += 1
            left -= 1
    result.update(base)
    return {h: result[h] for h in sizes}


def _choose(rng: Random, items: list, k: int) -> list:
    """k items without replacement: a partial Fisher-Yates shuffle driven by rng.random() only."""
    pool = list(items)
    for i in range(k):
        j = i + int(rng.random() * (len(pool) - i))
        pool[i], pool[j] = pool[j], pool[i]
    return pool[:k]


@dataclass
class Plan:
    """What a draw will give, worked out from the counts alone (the dialog shows it before drawing)."""

    total: int  # cases to be drawn
    allocation: dict[str, int]  # per stratum ("all" when not stratified)
    rows: list[tuple[str, int, int, int, int]]  # (stratum, in the list, left out, eligible, planned)
    notes: list[str]  # what a person must know before drawing (core messages)


def plan_sample(everyone: Mapping[str, int], eligible: Mapping[str, int], spec: SampleSpec,
                population_size: int) -> Plan:
    """The allocation of a draw from the number of cases per stratum (all, and eligible).

    One place for the rules :func:`draw_sample` follows, so what the window plans is what is drawn.
    A stratum with eligible cases that gets none (its proportional share rounds to nothing) is
    named in a note, with what to do: a unit of 29 cases silently left out of a stratified sample
    would make its results look covered when they are not."""
    n_eligible = sum(eligible.values())
    if not n_eligible:
        raise SamplingError(translate("core", "None of the {n} cases can be drawn: every one is already "
                                              "reviewed or sampled.").format(n=f"{population_size:,}"))
    target = target_size(spec, population_size)
    notes: list[str] = []
    if target > n_eligible:
        if spec.size is not None:
            raise SamplingError(translate("core", "A sample of {n} was asked for, but only {eligible} of the "
                                                  "{total} cases can be drawn ({excluded} already reviewed or "
                                                  "sampled). Ask for fewer.").format(
                n=f"{target:,}", eligible=f"{n_eligible:,}", total=f"{population_size:,}",
                excluded=f"{population_size - n_eligible:,}"))
        notes.append(translate("core", "the rate gives {n} but only {eligible} cases can be drawn: all are "
                                       "drawn").format(n=f"{target:,}", eligible=f"{n_eligible:,}"))
        target = n_eligible
    keys = sorted(everyone, key=lambda k: (k.casefold(), k))
    if spec.by:
        allocation = allocate({k: eligible.get(k, 0) for k in keys}, target, spec.min_per_stratum)
    else:
        allocation = {"all": target}
    total = sum(allocation.values())
    if total > target:
        notes.append(translate("core", "the minimum of {min} per stratum raises the sample from {n} to "
                                       "{total}").format(min=spec.min_per_stratum, n=f"{target:,}",
                                                         total=f"{total:,}"))
    short = [k for k in keys if spec.min_per_stratum and allocation[k] < spec.min_per_stratum]
    if short:
        notes.append(translate("core", "fewer than the minimum can be drawn in: {strata}").format(
            strata=", ".join(f"{k} ({allocation[k]})" for k in short)))
    if spec.by:
        empty = [k for k in keys if eligible.get(k, 0) > 0 and allocation[k] == 0]
        if empty:
            notes.append(translate("core", "no case is drawn from {strata}: each one's share of the sample "
                                           "rounds to none. Set a minimum per unit (1 or more) to draw from "
                                           "every unit, or draw a larger sample.").format(
                strata=", ".join(f"{k} ({eligible[k]:,} eligible)" for k in empty)))
    rows = [(k, everyone[k], everyone[k] - eligible.get(k, 0), eligible.get(k, 0), allocation[k]) for k in keys]
    return Plan(total, allocation, rows, notes)


def draw_sample(
    cases: Sequence[PopulationCase],
    spec: SampleSpec,
    exclude: Mapping[tuple[str, str], str] | None = None,
) -> Sample:
    """Draw reproducibly: the same cases (in any order), spec and exclusions give the same sample.

    ``exclude`` maps case keys (see :func:`case_key`) to the reason they are left out,
    e.g. already reviewed.
    """
    spec.check()
    exclude = exclude or {}
    ordered = sorted(cases, key=lambda c: c.sort_key)
    if len({c.key for c in ordered}) != len(ordered):
        raise SamplingError(translate("core", "The population lists a case more than once."))
    excluded = [(c, exclude[c.key]) for c in ordered if c.key in exclude]
    eligible = [c for c in ordered if c.key not in exclude]
    target = target_size(spec, len(ordered))
    notes: list[str] = []
    if not eligible:
        raise SamplingError(translate("core", "None of the {n} cases can be drawn: every one is already reviewed "
                                              "or sampled.").format(n=f"{len(ordered):,}"))

    groups: dict[str, list[PopulationCase]] = {}
    all_groups: dict[str, int] = {}
    for c in ordered:
        all_groups[c.stratum(spec.by)] = all_groups.get(c.stratum(spec.by), 0) + 1
    for c in eligible:
        groups.setdefault(c.stratum(spec.by), []).append(c)
    planned = plan_sample(all_groups, {k: len(v) for k, v in groups.items()}, spec, len(ordered))
    keys = [row[0] for row in planned.rows]
    allocation = planned.allocation
    notes += planned.notes

    rng = Random(spec.seed)
    drawn: list[PopulationCase] = []
    strata: list[Stratum] = []
    for k in keys:
        members = groups.get(k, [])
        chosen = _choose(rng, members, allocation[k])
        drawn += chosen
        strata.append(Stratum(k, all_groups[k], all_groups[k] - len(members), len(members), len(chosen)))
    drawn.sort(key=lambda c: c.sort_key)
    return Sample(spec, len(ordered), excluded, len(eligible), target_size(spec, len(ordered)), strata, drawn,
                  notes)


# -- checking a recorded draw -----------------------------------------------------------------


@dataclass
class Verification:
    ok: bool
    lines: list[str]

    def text(self) -> str:
        return "\n".join(self.lines)


def verify_sample(
    population: Population,
    spec: SampleSpec,
    excluded: Iterable[tuple[str, str]],
    expected: Sequence[tuple[str, str]],
    expected_sha256: str,
    expected_digest: str,
    expected_strata: Sequence[dict] | None = None,
) -> Verification:
    """Redraw from a population with a recorded spec and exclusions, and compare.

    The file is the same if its SHA-256 matches; a file saved again (another spreadsheet
    program, rows sorted differently) still verifies if its sorted case list matches.
    """
    lines: list[str] = []
    ok = True
    if population.errors:
        return Verification(False, [f"{population.file_name} cannot be read as a population:"]
                            + [f"  {e}" for e in population.errors])
    if population.sha256 == expected_sha256:
        lines.append(f"File: {population.file_name} is the recorded file (sha256 {expected_sha256[:16]}…).")
    elif population.digest == expected_digest:
        lines.append(f"File: {population.file_name} differs byte for byte from the recorded file, but lists "
                     "exactly the same cases (same sorted case list digest).")
    else:
        lines.append(f"File: {population.file_name} is NOT the recorded population (file and case list "
                     "digests both differ).")
        ok = False
    try:
        sample = draw_sample(population.cases, spec, {k: "recorded exclusion" for k in excluded})
    except SamplingError as exc:
        return Verification(False, lines + [f"Redraw failed: {exc}"])
    got = sorted(sample.keys)
    want = sorted(tuple(k) for k in expected)
    if got == want:
        lines.append(f"Redraw: the same {len(got):,} cases come out with seed {spec.seed}.")
    else:
        ok = False
        missing = sorted(set(want) - set(got))
        extra = sorted(set(got) - set(want))
        lines.append(f"Redraw: DIFFERENT cases come out with seed {spec.seed}: "
                     f"{counted_noun(len(missing), 'recorded case')} not drawn, "
                     f"{counted_noun(len(extra), 'drawn case')} not recorded.")
        lines += [f"  recorded, not redrawn: {r} ({p})" for r, p in missing[:20]]
        lines += [f"  redrawn, not recorded: {r} ({p})" for r, p in extra[:20]]
    if expected_strata is not None:
        got_strata = [s.as_dict() for s in sample.strata]
        if got_strata != list(expected_strata):
            ok = False
            lines.append("Strata: the counts per stratum differ from the record.")
    lines.append("VERIFIED" if ok else "NOT VERIFIED")
    return Verification(ok, lines)
