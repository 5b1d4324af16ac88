"""Checklist template commands: import a quality lead's spreadsheet, export, compare, list.

    qpp-reviewer template import FILE.xlsx --db PATH [--check]
    qpp-reviewer template export ID VERSION -o FILE.xlsx|FILE.toml --db PATH
    qpp-reviewer template diff ID V1 V2 --db PATH
    qpp-reviewer template list --db PATH
"""

from __future__ import annotations

from pathlib import Path


def add_parser(sub) -> None:
    t = sub.add_parser("template", help="import, export, compare and list checklist templates",
                       description="Checklist templates in the spreadsheet layout quality leads edit "
                       "(sheets 'Criteria' and 'Template'; see docs/checklist-spreadsheet.md).")
    tsub = t.add_subparsers(dest="template_command", metavar="ACTION", required=True)

    i = tsub.add_parser("import", help="validate a workbook and install it as a new template version")
    i.add_argument("file", metavar="FILE.xlsx")
    i.add_argument("--check", action="store_true", help="only validate; install nothing")
    i.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")

    e = tsub.add_parser("export", help="write a template version to a workbook (or a .toml file)")
    e.add_argument("template_id", metavar="ID")
    e.add_argument("version", type=int, metavar="VERSION")
    e.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    e.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")

    d = tsub.add_parser("diff", help="what changed between two versions of a template")
    d.add_argument("template_id", metavar="ID")
    d.add_argument("v1", type=int, metavar="V1")
    d.add_argument("v2", type=int, metavar="V2")
    d.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")

    ls = tsub.add_parser("list", help="the installed templates, with how many reviews use each")
    ls.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    t.set_defaults(handler=run)


def _open(args, write: bool):
    from ..cli import open_store

    return open_store(args, lock=write)  # the lock file: one writing program at a time


def run(args) -> int:
    from ..cli import fail
    from ..storage.store import ReviewError
    from ..templates import TemplateError

    action = args.template_command
    store = _open(args, write=action == "import" and not args.check)
    try:
        if action == "import":
            return _import(store, args)
        if action == "export":
            return _export(store, args)
        if action == "diff":
            return _diff(store, args)
        return _list(store)
    except (TemplateError, ReviewError) as exc:
        return fail(str(exc))
    finally:
        store.close()


def _find(store, template_id: str, version: int):
    from ..storage.store import ReviewError

    try:
        return store.template(template_id, version)
    except KeyError:
        have = ", ".join(f"v{t.version}" for t in store.templates() if t.id == template_id)
        raise ReviewError(f"There is no template {template_id} v{version}"
                          + (f" (installed: {have})" if have else "; see qpp-reviewer template list")) from None


def _import(store, args) -> int:
    from ..cli import fail
    from ..template_sheets import diff_templates, read_template_workbook

    path = Path(args.file)
    if not path.exists():
        return fail(f"{path} does not exist")
    template = read_template_workbook(path, store.templates())
    print(f"{path.name}: {template.key} ({template.product.value}), '{template.title}', "
          f"{len(template.criteria)} criteria in {len({c.section_id for c in template.criteria})} sections")
    older = [t for t in store.templates() if t.id == template.id and t.version < template.version]
    if older:
        print(diff_templates(older[-1], template).text())
    if args.check:
        print("Valid; nothing was installed (--check).")
        return 0
    store.install_template(template)
    newest = store.latest_template(template.product)
    print(f"Installed {template.key}." + (
        f" New {template.product.value} reviews use it." if newest.key == template.key
        else f" New {template.product.value} reviews use {newest.key}, the newest."))
    return 0


def _export(store, args) -> int:
    from ..cli import fail
    from ..template_sheets import write_template_toml, write_template_workbook

    out = Path(args.output)
    template = _find(store, args.template_id, args.version)
    if out.suffix.lower() not in (".xlsx", ".toml"):
        return fail(f"{out} should end in .xlsx (or .toml)")
    if not out.parent.exists():
        return fail(f"the folder {out.parent} does not exist")
    try:
        if out.suffix.lower() == ".toml":
            write_template_toml(template, out)
        else:
            write_template_workbook(template, out)
    except OSError as exc:
        return fail(f"cannot write {out}: {exc.strerror or exc}. Nothing was written under that name.")
    print(f"Wrote {template.key} ({len(template.criteria)} criteria) to {out}")
    return 0


def _diff(store, args) -> int:
    from ..template_sheets import diff_templates

    old = _find(store, args.template_id, args.v1)
    new = _find(store, args.template_id, args.v2)
    print(diff_templates(old, new).text())
    return 0


def _list(store) -> int:
    from sqlalchemy import func, select

    from ..storage.models import ReviewRow

    with store._session() as s:
        used = {(tid, v): n for tid, v, n in s.execute(
            select(ReviewRow.template_id, ReviewRow.template_version, func.count())
            .group_by(ReviewRow.template_id, ReviewRow.template_version))}
    newest_keys = {store.latest_template(p).key for p in {t.product for t in store.templates()}}
    print(f"{'id':20} {'version':>7}  {'product':9} {'criteria':>8} {'reviews':>7}  title")
    for t in store.templates():
        mark = "  (newest: new reviews use it)" if t.key in newest_keys else ""
        print(f"{t.id:20} {t.version:>7}  {t.product.value:9} {len(t.criteria):>8} "
              f"{used.get((t.id, t.version), 0):>7}  {t.title}{mark}")
    return 0
