"""Checklist templates: human-editable TOML files, validated strictly.

The format is documented in docs/checklist-format.md. A template is
identified by id and version; reviews keep the version they were made with,
so a template file is never edited in place once used: a new version is
added beside it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .domain import ChecklistTemplate, Criterion, Outcome, Product, SpecialPolicy
from .messages import joined, translate
from .paths import checklists_dir

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
MAX_TITLE = 60


class TemplateError(ValueError):
    """A template file that cannot be used; the message lists every problem."""


def parse_template(data: dict, source: str = "<template>") -> ChecklistTemplate:
    errors: list[str] = []

    def need(mapping: dict, key: str, where: str, kind=str):
        value = mapping.get(key)
        if not isinstance(value, kind) or (kind is str and not value.strip()):
            errors.append(f"{where}: '{key}' is missing or not a {kind.__name__}")
            return None
        return value

    meta = data.get("template")
    if not isinstance(meta, dict):
        raise TemplateError(translate("core", "{source}: no [template] table").format(source=source))
    tid = need(meta, "id", "[template]")
    version = need(meta, "version", "[template]", int)
    if isinstance(version, bool) or (isinstance(version, int) and version < 1):
        errors.append("[template]: 'version' must be a whole number from 1")
    title = need(meta, "title", "[template]") or ""
    product = None
    try:
        product = Product.parse(meta.get("product", ""))
    except ValueError as exc:
        errors.append(f"[template]: {exc}")
    if tid and not _ID.match(tid):
        errors.append(f"[template]: id '{tid}' may use only letters, digits, '.', '_' and '-'")

    criteria: list[Criterion] = []
    seen: set[str] = set()
    sections = data.get("section")
    if not isinstance(sections, list) or not sections:
        errors.append("no [[section]] entries")
        sections = []
    for si, sec in enumerate(sections, 1):
        where = f"section {si}"
        sid = need(sec, "id", where)
        stitle = need(sec, "title", where)
        items = sec.get("criterion")
        if not isinstance(items, list) or not items:
            errors.append(f"{where}: no [[section.criterion]] entries")
            continue
        for ci, item in enumerate(items, 1):
            cw = f"section {sid or si}, criterion {ci}"
            cid = need(item, "id", cw)
            if cid:
                cw = f"criterion {cid}"
                if cid in seen:
                    errors.append(f"{cw}: duplicate id")
                seen.add(cid)
                if not _ID.match(cid):
                    errors.append(f"{cw}: id may use only letters, digits, '.', '_' and '-'")
            ctitle = need(item, "title", cw)
            if ctitle and len(ctitle) > MAX_TITLE:
                errors.append(f"{cw}: title longer than {MAX_TITLE} characters")
            question = need(item, "question", cw)
            guidance = item.get("guidance", "")
            if not isinstance(guidance, str):
                errors.append(f"{cw}: 'guidance' must be text")
                guidance = ""
            policy = None
            raw_policy = item.get("special_policy", "")
            if raw_policy:
                try:
                    policy = SpecialPolicy.parse(raw_policy)
                except ValueError as exc:
                    errors.append(f"{cw}: {exc}")
            applies = None
            raw_applies = item.get("applies_to")
            if raw_applies is not None:
                if product is Product.INTERVIEW:
                    errors.append(f"{cw}: 'applies_to' is only for decision templates")
                elif not isinstance(raw_applies, list) or not raw_applies:
                    errors.append(f"{cw}: 'applies_to' must be a non-empty list of outcomes")
                else:
                    try:
                        applies = frozenset(Outcome.parse(o) for o in raw_applies)
                    except ValueError as exc:
                        errors.append(f"{cw}: {exc}")
            if cid and ctitle and question and sid and stitle:
                criteria.append(
                    Criterion(
                        id=cid,
                        section_id=sid,
                        section_title=stitle,
                        title=ctitle.strip(),
                        question=question.strip(),
                        guidance=guidance.strip(),
                        special_policy=policy,
                        applies_to=applies,
                        position=len(criteria),
                    )
                )
    if errors:
        raise TemplateError(joined(":\n  ", [source, joined("\n  ", errors)]))
    return ChecklistTemplate(
        id=tid,
        version=version,
        product=product,
        title=title.strip(),
        description=str(meta.get("description", "")).strip(),
        criteria=tuple(criteria),
    )


def load_template_file(path: Path) -> ChecklistTemplate:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise TemplateError(translate("core", "{path}: cannot read the file ({reason})").format(
            path=str(path), reason=str(exc.strerror))) from exc
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(translate("core", "{path}: not valid TOML ({detail})").format(
            path=str(path), detail=str(exc))) from exc
    return parse_template(data, str(path))


def shipped_templates(folder: Path | None = None) -> list[ChecklistTemplate]:
    """Every template file shipped in resources/checklists, newest last.

    The TOML files are the source; the .xlsx beside them (the spreadsheet layout quality
    leads edit, see template_sheets.py) must agree with them, or TemplateError.
    """
    from .template_sheets import merge_shipped_workbooks

    folder = folder or checklists_dir()
    templates = [load_template_file(p) for p in sorted(folder.glob("*.toml"))]
    templates = merge_shipped_workbooks(folder, templates)
    return sorted(templates, key=lambda t: (t.id, t.version))
