"""PDF reports (reportlab): the feedback sheet for one review and the batch or period report.

Both are plain functions of the store, safe to run off the UI thread (pass
``progress(done, total, text)`` and ``cancelled()`` as for exports), and both
write atomically: the PDF is built in a temporary file beside the target and
renamed into place only when complete. Every figure comes from
:func:`qpp_reviewer.statistics.summarise` and every band from
:func:`qpp_reviewer.scoring.score`. Reports name cases by reference only.
"""

from .batch import BatchReportData, batch_pdf, batch_report_data, describe_selection
from .common import ReportCancelled, ReportResult
from .feedback import feedback_pdf

__all__ = ["BatchReportData", "ReportCancelled", "ReportResult", "batch_pdf", "batch_report_data",
           "describe_selection", "feedback_pdf"]
