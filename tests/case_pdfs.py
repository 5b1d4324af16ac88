"""Case documents the tests make themselves (reportlab): a text PDF, a scan-like PDF, an encrypted one."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

QUOTE = "Q: Can you keep your answers short and say why you left your home town?"
QUOTE_PAGE = 7  # 1-based, as a reader counts


def interview_pdf(path: Path, pages: int = 12, quote_page: int = QUOTE_PAGE, encrypt: str | None = None) -> Path:
    """An interview record: every page headed "Interview record, page N", the QUOTE on ``quote_page`` only."""
    kwargs = {}
    if encrypt:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(encrypt, ownerPassword=encrypt + "-owner", strength=128)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1, **kwargs)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, 790, f"Interview record, page {number}")
        pdf.drawString(72, 760, QUOTE if number == quote_page else f"A: I stayed with my uncle for {number} weeks.")
        pdf.drawString(72, 740, "Interviewer notes end here.")
        pdf.showPage()
    pdf.save()
    return path


def scan_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF of drawn shapes only: no text layer, as a scanned page."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number in range(pages):
        pdf.rect(72, 600, 300, 100, fill=1)
        pdf.line(72, 500, 500, 500)
        pdf.showPage()
    pdf.save()
    return path
