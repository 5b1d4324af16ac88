"""Every window, tab and dialog at 1280x800, in English and French, with demo data: no label, header,
button, combo (current text and every choice), tab or key cell whose text Qt elides or clips, and a
main window that does not grow as its pages change. The walk is in tests/layout_tour.py (shared with
packaging/screens.py, which takes the screenshots)."""

import pytest
from PySide6.QtWidgets import QApplication

from qpp_reviewer.qt import i18n
from qpp_reviewer.qt.app import make_application

from .layout_tour import SIZE, clipped, demo_store, settle, tour

# what is still cut, by window; each entry is a known defect, not a rule (strict: the test fails once fixed)
KNOWN: dict[str, str] = {
    "en-editor-documents": "beside a document pane at 1280 px the checklist has a third of the width: its longer "
                           "criterion titles are cut (whole in the finding panel and the tooltip; the splitter "
                           "handle, remembered, widens the checklist)",
    "fr-editor-documents": "beside a document pane at 1280 px the checklist has a third of the width: its longer "
                           "criterion titles are cut (whole in the finding panel and the tooltip; the splitter "
                           "handle, remembered, widens the checklist)",
}


@pytest.fixture(scope="module")
def walks(tmp_path_factory):
    """One walk per language: {lang: ({window: [clipped texts]}, [main window widths])}."""
    from qpp_reviewer.qt.main_window import MainWindow

    app = make_application()
    out = {}
    room = {}
    tall = {"en": {}, "fr": {}}
    try:
        for lang in ("en", "fr"):
            assert i18n.install(app, lang) == lang
            tmp = tmp_path_factory.mktemp(lang)
            store = demo_store(tmp / "demo.sqlite3")
            w = MainWindow(store)
            w.resize(SIZE)
            w.show()
            settle()
            widths = [("shown", w.size().width())]
            found = {}
            for name, widget in tour(w, store, tmp):
                found[name] = clipped(widget)
                widths.append((name, w.size().width()))
                if widget.window() is not w:  # the main window fills the screen, as maximised
                    tall[lang][name] = widget.window().height()
                if name == "dashboard":  # the elided criterion column: how much of a name it shows
                    table = w.dashboard.ui.themesTable
                    room[lang] = (table.columnWidth(0), table.fontMetrics().averageCharWidth())
            assert QApplication.activeModalWidget() is None  # every dialog was closed
            w.close()
            w.deleteLater()
            settle()
            store.close()
            out[lang] = (found, widths)
    finally:
        i18n.install(app, "en")  # the other tests expect the English texts
    out["criterion-room"] = room
    out["heights"] = tall
    return out


NAMES = ["reviews", "batches", "dashboard", "editor", "editor-complete", "editor-documents", "new-review", "who", "compare",
         "history", "reason", "templates", "template-install", "template-diff", "passphrase-new", "recovery-key",
         "unlock", "shortcuts", "about", "sampling", "sampling-read", "sampling-drawn", "sampled-cases",
         "collation-report", "collation-report-details", "queries", "conflicts", "workbooks", "outcomes",
         "reply", "arbitrate", "disputes"]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", NAMES)
def test_every_text_fits(walks, lang, name):
    found, _ = walks[lang]
    assert name in found, f"the walk did not reach {name}"
    if f"{lang}-{name}" in KNOWN:
        assert found[name], f"fixed: take {lang}-{name} out of KNOWN"
        pytest.xfail(KNOWN[f"{lang}-{name}"])
    assert found[name] == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_main_window_does_not_grow(walks, lang):
    _, widths = walks[lang]
    assert widths[0] == ("shown", SIZE.width())
    assert all(width <= SIZE.width() for _, width in widths), widths


def test_the_check_sees_a_cut_label_and_combo(qtbot):
    """The check is not blind: a label, button and combo squeezed below their text are reported."""
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

    make_application()
    w = QWidget()
    qtbot.addWidget(w)
    row = QHBoxLayout(w)
    label, button, combo = QLabel("Modern slavery handled in line with NRM policy"), QPushButton("Not applicable"), \
        QComboBox()
    combo.addItems(["No error", "Toutes les unités de travail"])
    for x in (label, button, combo):
        x.setMaximumWidth(40)
        row.addWidget(x)
    w.show()
    settle()
    found = " ".join(clipped(w))
    assert "Modern slavery" in found and "Not applicable" in found and "Toutes les unités" in found


def test_the_batch_page_is_sorted_as_its_header_says(walks, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    from qpp_reviewer.qt.main_window import MainWindow

    make_application()
    store = demo_store(tmp_path / "demo.sqlite3")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    w.ui.tabs.setCurrentWidget(w.batch_page)
    view = w.batch_page.ui.batchReviews
    w.batch_page.ui.batchTable.selectRow(0)
    settle()
    header = view.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.AscendingOrder
    refs = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert len(refs) > 5 and refs == sorted(refs)
    w.close()
    store.close()


def test_new_review_is_as_tall_as_its_fields_and_grows_for_errors(tmp_path, qtbot):
    from qpp_reviewer.qt.new_review import NewReviewDialog
    from qpp_reviewer.storage.store import Store

    make_application()
    store = Store.open(tmp_path / "r.sqlite3")
    d = NewReviewDialog(store, "AB")
    qtbot.addWidget(d)
    d.show()
    settle()
    assert d.height() <= d.sizeHint().height() + 10  # no large empty area under the fields
    d.ui.buttons.button(d.ui.buttons.StandardButton.Ok).click()  # every field empty: errors shown
    settle()
    assert any(label.isVisible() for label in d._errors.values())
    assert clipped(d) == []  # the error messages are whole: the dialog grew for them
    d.close()
    store.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_dashboard_criterion_column_shows_enough_of_a_name(walks, lang):
    """The failing-criteria table elides a long criterion name, but must show enough of it to tell the
    criteria apart ("3.2 Trauma-informed appr…"): the French figures' headers had squeezed it to
    "3.2 Trauma-…" (seen on the 1280x800 screenshot tour)."""
    width, char = walks["criterion-room"][lang]
    assert width >= 22 * char, f"{width} px is about {width // char} characters"


TITLE_BAR = 24  # what a window manager's frame adds above a window (openbox: 20-23 px)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_window_fits_the_screen_with_its_title_bar(walks, lang):
    """At 1280x800 every window and dialog, title bar included, is on the screen: the French keyboard
    shortcuts box (F1) ran below it, its OK button out of reach (seen on the screenshot tour)."""
    too_tall = {name: h for name, h in walks["heights"][lang].items() if h + TITLE_BAR > SIZE.height()}
    assert too_tall == {}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_beside_a_document_only_the_checklist_titles_are_cut(walks, lang):
    """The KNOWN entry of editor-documents covers the checklist's cut titles, nothing else: the document
    pane, the finding panel and its evidence list fit."""
    found, _ = walks[lang]
    assert found["editor-documents"], "fixed: take the editor-documents entries out of KNOWN"
    assert [t for t in found["editor-documents"] if not t.startswith("MainWindow/QTreeView(criteriaView) cell")] == []
