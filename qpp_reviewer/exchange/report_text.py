"""A collation run's report as a core message: the lines of ``CollationReport.text()``, each a catalogue
text, so that the window shows the report in the user's language (``qt.i18n.text``) while its English
stays what the command line prints.

The details inside a line (a refused file's problems, a conflict, a band discrepancy) are written by
the collation itself and are shown as it wrote them.
"""

from __future__ import annotations

from ..messages import Message, Number, joined, plural, translate


def _indented(text) -> Message:
    return joined("", ["  ", text])


def collation_report_message(report) -> Message:
    """The report of ``collate()`` (a CollationReport), line by line, as one message."""
    lines: list = [translate("core", "WARNING: {warning}").format(warning=u) for u in report.unfinished]
    for f in report.files:
        name = f.path.name
        if f.rejected:
            lines.append(translate("core", "REJECTED {file}: nothing from it was imported").format(file=name))
            lines += [joined("", ["  - ", e]) for e in f.errors]
            continue
        lines.append(translate("core", "read {file}: {added} added, {revised} revised, {unchanged} unchanged, "
                                       "{stale} older than held, {conflicts} conflicting").format(
            file=name, added=Number(f.added), revised=Number(len(f.revised)), unchanged=Number(f.unchanged),
            stale=Number(len(f.stale)), conflicts=Number(len(f.conflicts))))
        lines += [_indented(translate("core", "template installed: {template}").format(template=t))
                  for t in f.templates_added]
        lines += [_indented(translate("core", "unit created: {unit}").format(unit=u)) for u in f.units_added]
        if f.signer:
            signed = (translate("core", "signed by {signer} (key {fingerprint}), enrolled at this collation")
                      if f.enrol_signer else translate("core", "signed by {signer} (key {fingerprint})"))
            lines.append(_indented(signed.format(signer=f.signer, fingerprint=f.signer_fingerprint)))
        elif f.unsigned_accepted:
            lines.append(_indented(translate("core", "unsigned (format 2, from an older QPP Reviewer): accepted by "
                                                     "the centre's choice")))
        lines += [_indented(translate("core", "revised: {review}").format(review=c)) for c in f.revised]
        lines += [_indented(translate("core", "older than held: {review}").format(review=c)) for c in f.stale]
        if f.older_export:
            lines.append(_indented(f.older_export))
        lines += [_indented(translate("core", "batch no longer signed off: {batch}").format(batch=b))
                  for b in dict.fromkeys(f.batches_unsigned)]
        lines += [_indented(translate("core", "received again: {review}").format(review=c)) for c in f.states_reset]
        lines += [_indented(translate("core", "query answered: {answer}").format(answer=a)) for a in f.answers]
        lines += [_indented(translate("core", "conflict: {conflict}").format(conflict=c)) for c in f.conflicts]
        lines += [_indented(translate("core", "band discrepancy: {discrepancy}").format(discrepancy=d))
                  for d in f.discrepancies]
    files = plural(len(report.files), translate("core", "{n} file read, {rejected} rejected"),
                   translate("core", "{n} files read, {rejected} rejected"), rejected=Number(report.rejected))
    reviews = translate("core", "reviews: {added} added, {revised} revised, {unchanged} unchanged, {stale} older "
                                "than held, {conflicts} conflicting").format(
        added=Number(report.added), revised=Number(report.revised), unchanged=Number(report.unchanged),
        stale=Number(report.stale), conflicts=Number(report.conflicts))
    discrepancies = plural(report.discrepancies,
                           translate("core", "{n} band discrepancy (recomputed band stored)"),
                           translate("core", "{n} band discrepancies (recomputed bands stored)"))
    lines.append(translate("core", "{files}; {reviews}; {discrepancies}").format(
        files=files, reviews=reviews, discrepancies=discrepancies))
    return joined("\n", lines)


__all__ = ["collation_report_message"]
