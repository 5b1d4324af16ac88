"""Case documents (qpp_reviewer.documents): opening, search, selection, boxes, pixels, and bad files."""

import hashlib

import pytest

from qpp_reviewer.documents import (
    LARGE_PAGES, DocumentProblem, file_sha256, open_document, same_file,
)

from .case_pdfs import QUOTE, QUOTE_PAGE, interview_pdf, scan_pdf


@pytest.fixture
def record(tmp_path):
    return interview_pdf(tmp_path / "interview record.pdf")


def test_opens_with_hash_pages_and_size(record):
    with open_document(record) as doc:
        assert doc.kind == "pdf"
        assert doc.sha256 == hashlib.sha256(record.read_bytes()).hexdigest() == file_sha256(record)
        assert doc.page_count == 12
        width, height = doc.page_size(0)
        assert (round(width), round(height)) == (595, 842)
        assert doc.notices() == []
        assert "Interview record, page 3" in doc.page_text(2)


def test_opening_reads_no_page_text(record):
    doc = open_document(record)
    try:
        assert doc._texts == {} and doc._text_pages == {}
        doc.render(0, 1.0)
        assert doc._text_pages == {}  # the first page painted, still no text read
    finally:
        doc.close()


def test_search_finds_the_text_on_the_right_page(record):
    with open_document(record) as doc:
        hits = doc.search("keep your answers short")
        assert [h.page for h in hits] == [QUOTE_PAGE - 1]
        hit = hits[0]
        assert hit.text == "keep your answers short"
        (x0, y0, x1, y1), = hit.rects
        # drawn at y=760 from the bottom of an 842 pt page: about 82 pt from the top, after "Q: Can you "
        assert 72 < x0 < x1 < 400 and 70 < y0 < y1 < 90
        assert len(doc.search("interviewer NOTES")) == 12  # case-insensitive, every page
        assert doc.search("interviewer NOTES", match_case=True) == []
        assert doc.search("") == [] and doc.search("not in this document") == []


def test_selection_gives_quote_and_position(record):
    with open_document(record) as doc:
        page = QUOTE_PAGE - 1
        hit = doc.search("Q: Can")[0]
        end = doc.search("home town?")[0]
        (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = hit.rects[0], end.rects[-1]
        text, rects = doc.selection(page, (ax0 + 1, (ay0 + ay1) / 2), (bx1 - 1, (by0 + by1) / 2))
        assert text == QUOTE
        assert len(rects) == 1 and rects[0][0] == pytest.approx(ax0, abs=1) and rects[0][2] == pytest.approx(bx1, abs=1)
        # dragged backwards: the same passage
        assert doc.selection(page, (bx1 - 1, (by0 + by1) / 2), (ax0 + 1, (ay0 + ay1) / 2))[0] == QUOTE
        assert doc.char_index_at(page, 500, 500) is None  # blank paper
        assert doc.selection(page, (500, 500), (510, 510)) == ("", ())
        assert doc.text_in_box(page, (60, 70, 590, 90)) .strip() == QUOTE


def test_render_is_rgbx_at_scale(record):
    with open_document(record) as doc:
        image = doc.render(0, 2.0)
        assert (image.width, image.height) == (1191, 1684)
        assert image.stride >= image.width * 4 and len(image.data) == image.stride * image.height
        assert image.data[:4] == b"\xff\xff\xff\xff"  # white paper, top-left corner
        dark = image.to_pil().convert("L").getextrema()[0]
        assert dark < 80  # the text is drawn
        with pytest.raises(DocumentProblem, match="no page 13"):
            doc.render(12)


def test_plain_text_is_paginated(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("\n".join(f"Line {i}: the decision maker wrote this." for i in range(1, 131)) + "\n",
                    encoding="utf-8")
    with open_document(path) as doc:
        assert doc.kind == "text" and doc.page_count == 3  # 60 lines a page
        assert doc.sha256 == file_sha256(path)
        assert [h.page for h in doc.search("Line 125:")] == [2]
        assert doc.page_text(0).splitlines()[0] == "Line 1: the decision maker wrote this."


def test_encrypted_pdf_is_a_clear_message(tmp_path):
    path = interview_pdf(tmp_path / "locked.pdf", pages=2, encrypt="secret")
    with pytest.raises(DocumentProblem) as caught:
        open_document(path)
    assert caught.value.kind == "encrypted"
    assert "password" in str(caught.value) and "locked.pdf" in str(caught.value)


@pytest.mark.parametrize("content", [b"", b"hello, not a pdf", b"%PDF-1.4\n1 0 obj <<", None])
def test_damaged_or_not_a_pdf(tmp_path, record, content):
    path = tmp_path / "broken.pdf"
    path.write_bytes(record.read_bytes()[:300] if content is None else content)
    with pytest.raises(DocumentProblem) as caught:
        open_document(path)
    assert caught.value.kind == "damaged"
    assert "broken.pdf" in str(caught.value) and ("damaged" in str(caught.value) or "not a PDF" in str(caught.value))


def test_image_only_pdf_opens_with_a_notice(tmp_path):
    with open_document(scan_pdf(tmp_path / "scan.pdf")) as doc:
        assert doc.page_count == 2 and not doc.has_text_layer
        (notice,) = doc.notices()
        assert "no text layer" in notice and "box" in notice
        assert doc.search("anything") == []
        assert doc.text_in_box(0, (0, 0, 500, 500)) == ""
        assert doc.render(0, 0.5).width == 298


def test_vanished_and_changed_file(tmp_path, record):
    with pytest.raises(DocumentProblem) as caught:
        open_document(tmp_path / "gone.pdf")
    assert caught.value.kind == "missing" and "gone.pdf" in str(caught.value)
    with pytest.raises(DocumentProblem):
        file_sha256(tmp_path / "gone.pdf")
    doc = open_document(record)
    try:
        assert doc.origin_problem() is None
        moved = record.rename(tmp_path / "elsewhere.pdf")
        assert "moved or deleted" in doc.origin_problem()
        # still readable: the document was read into memory
        assert doc.search("keep your answers")[0].page == QUOTE_PAGE - 1
        interview_pdf(record, pages=3)
        assert "changed" in doc.origin_problem()
        assert same_file(moved, doc.sha256) and not same_file(record, doc.sha256)
    finally:
        doc.close()


def test_very_long_document_opens_with_a_notice(tmp_path, monkeypatch):
    import qpp_reviewer.documents as documents

    path = interview_pdf(tmp_path / "bundle.pdf", pages=30)
    monkeypatch.setattr(documents, "LARGE_PAGES", 20)
    with open_document(path) as doc:
        assert any("30 pages" in n for n in doc.notices())
    monkeypatch.setattr(documents, "MAX_PAGES", 25)
    with pytest.raises(DocumentProblem) as caught:
        open_document(path)
    assert caught.value.kind == "too-large" and "30 pages" in str(caught.value)
    assert LARGE_PAGES == 1000


def test_a_folder_is_not_a_document(tmp_path):
    with pytest.raises(DocumentProblem, match="folder"):
        open_document(tmp_path)


def test_a_long_document_paged_through_keeps_few_pages_loaded(tmp_path):
    import qpp_reviewer.documents as documents

    path = interview_pdf(tmp_path / "long.pdf", pages=60, quote_page=55)
    with open_document(path) as doc:
        for i in range(60):
            doc.render(i, 0.2)
        assert len(doc._pages) == documents.OPEN_PAGES
        hits = doc.search("keep your answers")  # every page's text read, few pages kept
        assert [h.page for h in hits] == [54] and len(doc._text_pages) <= documents.OPEN_PAGES
        assert doc.search("Interview record, page 3")[0].rects  # a page loaded again when needed


def test_a_long_scan_is_told_from_a_few_pages(tmp_path):
    with open_document(scan_pdf(tmp_path / "scan.pdf", pages=40)) as doc:
        assert not doc.has_text_layer and len(doc._texts) <= 7  # not every page read to say so


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_positions_follow_a_rotated_page_as_it_is_shown(tmp_path, record, rotation):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(record))
    pdf[0].set_rotation(rotation)
    pdf.save(str(tmp_path / "rotated.pdf"))
    pdf.close()
    with open_document(tmp_path / "rotated.pdf") as doc:
        width, height = doc.page_size(0)
        assert (round(width), round(height)) == ((595, 842) if rotation in (0, 180) else (842, 595))
        hit = doc.search("Interview record, page 1")[0]
        (x0, y0, x1, y1), = hit.rects
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height
        image = doc.render(0, 1.0).to_pil().convert("L")
        assert abs(image.size[0] - width) <= 1 and abs(image.size[1] - height) <= 1
        assert image.crop((int(x0), int(y0), int(x1) + 1, int(y1) + 1)).getextrema()[0] < 100  # the text is there
        middle = ((x0 + x1) / 2, (y0 + y1) / 2)
        assert doc.char_index_at(0, *middle) is not None
        assert doc.text_in_box(0, (x0 - 1, y0 - 1, x1 + 1, y1 + 1)).strip() == "Interview record, page 1"
        assert doc.selection(0, (x0 + 1, middle[1]) if rotation in (0, 180) else (middle[0], y0 + 1),
                             (x1 - 1, middle[1]) if rotation in (0, 180) else (middle[0], y1 - 1))[0]


def test_a_2000_page_file_opens_with_a_notice_and_reads_no_text(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "bundle of 2000.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    for n in range(2000):
        pdf.drawString(72, 760, f"p{n + 1}")
        pdf.showPage()
    pdf.save()
    with open_document(path) as doc:
        assert doc.page_count == 2000
        notices = doc.notices()
        assert notices == ["bundle of 2000.pdf has 2,000 pages; searching the whole document takes a while."]
        assert len(doc._texts) == 1  # the first page told it has text
        assert [h.page for h in doc.search("p1999")] == [1998]
