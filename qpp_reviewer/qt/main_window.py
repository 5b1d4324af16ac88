"""The main window: the review list as the home tab, one tab per open review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QLabel, QMainWindow, QTabBar

from typing import TYPE_CHECKING

from .. import APP_NAME, __version__
from .forms.ui_mainwindow import Ui_MainWindow


def plural(n: int, one: str, many: str) -> str:
    """"1 review" / "2 reviews" by the window language's rule (imported when first counted)."""
    from .i18n import plural as counted

    return counted(n, one, many)

# The window's frame is on screen before the database is opened: the pages, and the core and
# SQLAlchemy behind them, are imported when a store is attached (a second or so of a cold start).
if TYPE_CHECKING:
    from ..storage.store import Store
    from .review_editor import ReviewEditor

# Dialog classes (message boxes, file and input dialogs) are imported where they are used: PySide6
# builds each class, and its enums, on first import, and the first frame shows none of them.
# _NO_QT_NAMESPACE: nothing shown in the first frame touches PySide6's ``Qt`` namespace, whose
# Python enums take about 50 ms to create (a sixth of a bare window's start). Enum properties are
# set by name through Qt's meta-object system instead, and the form leaves them out (ui/mainwindow.ui).
FIXED_TABS = 3  # the review list, the batches and the dashboard; review tabs follow


def keyboard_help(window=None) -> str:
    """The Help > Keyboard shortcuts text, in the user's language."""
    keys = QCoreApplication.translate("MainWindow", """<h3>Keyboard</h3>
<table cellspacing=4>
<tr><td><b>Ctrl+N</b></td><td>New review</td></tr>
<tr><td><b>Ctrl+L</b></td><td>Back to the review list</td></tr>
<tr><td><b>Ctrl+D</b></td><td>The results dashboard (click any number, or Enter on it, to list its reviews)</td></tr>
<tr><td><b>Ctrl+Shift+F</b></td><td>Export the open review's feedback sheet (PDF)</td></tr>
<tr><td><b>Enter</b> (in the list)</td><td>Open the selected review</td></tr>
<tr><td colspan=2><br><b>In the checklist</b></td></tr>
<tr><td><b>1</b> or <b>O</b></td><td>No error (then moves to the next criterion)</td></tr>
<tr><td><b>2</b> or <b>M</b></td><td>Minor error</td></tr>
<tr><td><b>3</b> or <b>S</b></td><td>Significant error</td></tr>
<tr><td><b>4</b> or <b>F</b></td><td>Fail error</td></tr>
<tr><td><b>5</b> or <b>X</b></td><td>Not applicable (then moves on)</td></tr>
<tr><td><b>0</b> or <b>Delete</b></td><td>Clear the finding</td></tr>
<tr><td><b>Down / Up</b> (or J / K)</td><td>Next / previous criterion</td></tr>
<tr><td><b>Ctrl+Down / Ctrl+Up</b></td><td>Next / previous section</td></tr>
<tr><td><b>Enter</b></td><td>Write the comment; <b>Esc</b> returns to the checklist</td></tr>
<tr><td><b>Ctrl+Return</b></td><td>Complete the review</td></tr>
<tr><td><b>Ctrl+W</b></td><td>Close the review tab (everything is already saved)</td></tr>
</table>""")
    return keys + _more_keys(window)


def _more_keys(window) -> str:
    """The keys of undo and of the reason dialogs, and every menu command that has a shortcut, read
    from the actions themselves (their text and shortcut in the user's language): the list cannot
    leave out a command, or show a key that is not the command's."""
    from html import escape

    from PySide6.QtGui import QAction, QKeySequence

    def keys(*seqs) -> str:
        return " / ".join(escape(q.toString(QKeySequence.NativeText)) for q in seqs if not q.isEmpty())

    rows = [
        (keys(*QKeySequence.keyBindings(QKeySequence.Undo)[:1]),
         QCoreApplication.translate("MainWindow", "Undo the last finding or comment change (in the checklist)")),
        (keys(QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")),
         QCoreApplication.translate("MainWindow", "Redo it")),
        (escape(QCoreApplication.translate("MainWindow", "Return / Shift+Return / Alt+O")),
         QCoreApplication.translate("MainWindow", "In a reason dialog: record the reason / new line / OK")),
    ]
    if window is not None:
        seen = set()
        # keys the first table already explains are not listed twice (the box must fit a 1280x800
        # screen: in French it ran below its bottom, OK button included)
        listed = {QKeySequence(k) for k in ("Ctrl+N", "Ctrl+L", "Ctrl+D", "Ctrl+Shift+F", "Ctrl+Return", "Ctrl+W")}
        for action in window.findChildren(QAction):
            shortcut = action.shortcut()
            if shortcut.isEmpty() or not action.text() or action.objectName() in seen or shortcut in listed:
                continue
            seen.add(action.objectName())
            rows.append((keys(shortcut), action.text().replace("&", "").rstrip("…").rstrip(".")))
    body = "".join(f"<tr><td><b>{k}</b></td><td>{escape(t)}</td></tr>" for k, t in rows)
    title = escape(QCoreApplication.translate("MainWindow", "Undo, reasons and menu commands"))
    return f"<h3>{title}</h3><table cellspacing=4>{body}</table>"


class MainWindow(QMainWindow):
    """The app's one window. Made with a store, or with none and a ``opening`` message first, in which
    case :meth:`attach` installs the store once it is open (the start shows the frame at once)."""

    def __init__(self, store: Store | None, parent=None, opening: str = ""):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.toolBar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")  # see _NO_QT_NAMESPACE
        self.settings = QSettings()
        self.db_label = QLabel()
        self.ui.statusBar.addPermanentWidget(self.db_label)
        if store is not None:
            self._install_store(store)
        else:
            self._show_opening(opening)
        ui = self.ui
        # Every slot through a lambda: triggered(bool) would fill a slot's optional first argument
        # (Collate's paths, Restore's backup) with False.
        ui.actionNewReview.triggered.connect(lambda: self.new_review())
        ui.actionOpenDatabase.triggered.connect(lambda: self.open_database())
        ui.actionQuit.triggered.connect(lambda: self.close())
        ui.actionShowList.triggered.connect(lambda: self._show_list())
        ui.actionShowDashboard.triggered.connect(lambda: ui.tabs.setCurrentWidget(self.dashboard))
        ui.actionExportFeedback.triggered.connect(lambda: self.export_feedback_current())
        ui.actionBatchReport.triggered.connect(lambda: self.batch_report())
        ui.actionPeriodReport.triggered.connect(lambda: self.period_report())
        ui.actionCompleteReview.triggered.connect(lambda: self._complete_current())
        ui.actionReopenReview.triggered.connect(lambda: self._reopen_current())
        ui.actionCloseTab.triggered.connect(lambda: self.close_tab(ui.tabs.currentIndex()))
        ui.actionAbout.triggered.connect(lambda: self.about())
        ui.actionExport.triggered.connect(lambda: self.export_current())
        ui.actionCollate.triggered.connect(lambda: self.collate_files())
        ui.actionRestore.triggered.connect(lambda: self.restore_backup())
        ui.actionSecondReview.triggered.connect(lambda: self.request_second_review())
        ui.actionAssurance.triggered.connect(lambda: self.request_second_review(kind="assurance"))
        ui.actionCompare.triggered.connect(lambda: self.compare_current())
        ui.actionHistory.triggered.connect(lambda: self.history_current())
        ui.actionSwitchReviewer.triggered.connect(lambda: self.switch_reviewer())
        self._add_encryption_actions()
        self._add_sampling_menu()
        from .centre_menu import add_centre_menu

        add_centre_menu(self)  # review states, queries, conflicts (issue 17)
        self._add_outcomes_actions()
        self._add_reply_action()
        from .document_actions import add_document_actions

        add_document_actions(self)  # attach a document, find, evidence, next pane (issue 19)

        from .calibration_menu import add_calibration_menu

        add_calibration_menu(self)  # Review ▸ Calibration (issue 18)
        self._add_language_menu()
        ui.actionKeyboardHelp.triggered.connect(lambda: self.show_keyboard_help())
        ui.tabs.tabCloseRequested.connect(self.close_tab)
        ui.tabs.currentChanged.connect(self._tab_changed)
        geometry = self.settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if store is None:
            self._store_actions(False)

    def _show_list(self) -> None:
        """Ctrl+L: the list, with the keyboard in its table (Up/Down to choose, Enter to open)."""
        self.ui.tabs.setCurrentWidget(self.list_page)
        table = self.list_page.ui.table
        table.setFocus()
        if not table.currentIndex().isValid() and table.model().rowCount():
            table.setCurrentIndex(table.model().index(0, 0))

    def show_keyboard_help(self) -> None:
        """F1: the keys, in a window that fits the screen (a message box grew below a 1280x800 screen in
        French, its OK button out of reach) and scrolls when the list is longer than it."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser(dialog)
        browser.setAccessibleName(self.tr("Keyboard shortcuts"))
        browser.setHtml(keyboard_help(self))
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok, dialog)
        buttons.accepted.connect(dialog.accept)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        height = 700 if screen is None else min(700, screen.height() - 60)
        dialog.resize(720, height)
        dialog.setAttribute(Qt.WA_DeleteOnClose, True)
        buttons.button(QDialogButtonBox.Ok).setFocus()
        self.last_help_dialog = dialog
        self.last_help_text = keyboard_help(self)
        dialog.open()

    # -- store ----------------------------------------------------------------
    def _show_opening(self, message: str) -> None:
        """The frame before a store is attached: the tab says what is happening (the menus that need a
        store are switched off at the end of __init__)."""
        wait = self._waiting = QLabel(message or self.tr("Opening the review database…"))
        wait.setProperty("alignment", "AlignCenter")  # by name: see _NO_QT_NAMESPACE
        wait.setWordWrap(True)
        wait.setAccessibleName(wait.text())
        self.ui.tabs.addTab(wait, self.tr("Reviews"))
        self.ui.tabs.tabBar().setTabButton(0, QTabBar.RightSide, None)
        self.setWindowTitle(APP_NAME)

    def show_waiting(self, message: str) -> None:
        """Say in the first tab what the app waits for (the database opened, who is working): never a
        blank window behind a dialog. The reviews are not shown until the person is known, as what
        they may see depends on who they are (a blind second review)."""
        label = getattr(self, "_waiting", None)
        if label is not None and self.store is None:
            label.setText(message)
            label.setAccessibleName(message)

    def _store_actions(self, enabled: bool) -> None:
        """Every command that needs the database on or off (Quit, the language and the keyboard help stay)."""
        for menu in (self.ui.menuFile, self.ui.menuReview, self.ui.menuReports, self.sampling_menu, self.centre_menu):
            for action in menu.actions():
                if action is not self.ui.actionQuit:
                    action.setEnabled(enabled)
        for action in (self.ui.actionSwitchReviewer, self.ui.actionAbout):
            action.setEnabled(enabled)

    def attach(self, store: Store) -> None:
        """Install the store opened after the frame was shown."""
        self._store_actions(True)
        self._install_store(store)

    def _install_store(self, store: Store) -> None:
        self.store = store
        tabs = self.ui.tabs
        # the new pages load themselves; without this, each tab added or removed would make the
        # list current again and load it a second time
        tabs.blockSignals(True)
        try:
            self._replace_pages(store)
        finally:
            tabs.blockSignals(False)
        self._sync_actions()
        self._update_encryption_actions()
        self.db_label.setText(self.tr("Database: {location}").format(location=store.location))
        self._update_title()

    def _replace_pages(self, store: Store) -> None:
        from PySide6.QtWidgets import QWidget

        from .review_list import ReviewListPage

        tabs = self.ui.tabs
        while tabs.count():
            w = tabs.widget(0)
            tabs.removeTab(0)
            w.deleteLater()
        self._built_pages: dict[str, QWidget] = {}
        self.list_page = ReviewListPage(store, self)
        self.list_page.open_review.connect(self.open_review)
        self.list_page.new_review.connect(self.new_review)
        self.list_page.add_to_batch.connect(self.add_to_batch)
        # The batches and the dashboard are made when first shown (or first needed): the start paints
        # the review list without building, or importing, pages it does not show (issue 21).
        self._page_placeholders: dict[str, QWidget] = {}
        for name in ("batch_page", "dashboard"):
            holder = QWidget(self)
            holder.setObjectName(f"{name}Placeholder")
            self._page_placeholders[name] = holder
        tabs.addTab(self.list_page, self.tr("Reviews"))
        tabs.addTab(self._page_placeholders["batch_page"], self.tr("Batches"))
        tabs.addTab(self._page_placeholders["dashboard"], self.tr("Dashboard"))
        for i in range(FIXED_TABS):
            tabs.tabBar().setTabButton(i, QTabBar.RightSide, None)
            tabs.tabBar().setTabButton(i, QTabBar.LeftSide, None)
        tabs.setCurrentIndex(0)

    def _make_page(self, name: str):
        store = self.store
        if name == "batch_page":
            from .batch_page import BatchPage

            page = BatchPage(store, self.who, self)
            page.open_review.connect(self.open_review)
            page.export_batch.connect(self.export_batch)
            page.changed.connect(lambda: self.list_page.reload())
        else:
            from .dashboard import DashboardPage

            page = DashboardPage(store, self)
            page.show_reviews.connect(self.show_reviews)
            page.period_report.connect(lambda: self.period_report())
            page.appeal_outcomes.connect(lambda: self._appeals().show_outcomes(self))
            page.coverage.connect(self._show_coverage)
            page.disputes.connect(lambda: self._disputes_dialog().show_disputes(self))
        return page

    def _page(self, name: str):
        """The batches' or the dashboard's page, made (and put in its tab) the first time it is needed."""
        built = self.__dict__.get("_built_pages")
        if built is None:
            raise AttributeError(name)  # the frame before a database is open: no pages yet
        page = built.get(name)
        if page is not None:
            return page
        page = built[name] = self._make_page(name)
        tabs = self.ui.tabs
        holder = self._page_placeholders.pop(name)
        index = tabs.indexOf(holder)
        was_current = tabs.currentIndex() == index
        tabs.blockSignals(True)
        try:
            text = tabs.tabText(index)
            tabs.removeTab(index)
            tabs.insertTab(index, page, text)
            tabs.tabBar().setTabButton(index, QTabBar.RightSide, None)
            tabs.tabBar().setTabButton(index, QTabBar.LeftSide, None)
            if was_current:
                tabs.setCurrentIndex(index)
        finally:
            tabs.blockSignals(False)
        holder.deleteLater()
        return page

    @property
    def batch_page(self):
        return self._page("batch_page")

    @property
    def dashboard(self):
        return self._page("dashboard")

    def _invalidate_dashboard(self) -> None:
        """The figures are recounted when the dashboard is next shown (nothing to do before it is made)."""
        if self._built("dashboard") is not None:
            self.dashboard.invalidate()

    def _built(self, name: str):
        """The page if it has been made, else None (a page not made yet has nothing to bring up to date)."""
        return (self.__dict__.get("_built_pages") or {}).get(name)

    def open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Open or create a review database"), str(Path(self.store.location).parent),
            self.tr("QPP Reviewer databases (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.DontConfirmOverwrite,
        )
        if not path:
            return
        self.switch_database(path)

    def switch_database(self, path: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from ..storage.db import DatabaseError
        from ..storage.lock import DatabaseInUse
        self._flush_all()
        from .app import open_for_app

        if Path(path).resolve() == Path(self.store.location).resolve():
            return True
        from .app import OpeningCancelled

        try:
            store = open_for_app(path)
        except OpeningCancelled:
            return False
        except (DatabaseError, DatabaseInUse) as exc:
            from .i18n import text as tr_core

            QMessageBox.critical(self, self.tr("Open database"), tr_core(exc))
            return False
        old = self.store
        self._install_store(store)
        old.close()
        self.settings.setValue("lastDatabase", store.location)
        return True

    # -- reviews ----------------------------------------------------------------
    def new_review(self) -> str | None:
        from PySide6.QtWidgets import QDialog

        from .common import run_guarded
        from .new_review import NewReviewDialog

        dialog = NewReviewDialog(self.store, self.who(), self)
        if dialog.exec() != QDialog.Accepted:
            return None
        header = dialog.header()
        ok, review_id = run_guarded(self, self.tr("New review"), self.store.create_review, header)
        if not ok:
            return None
        self.settings.setValue("lastReviewer", header.reviewer)
        self.list_page.reload()
        self._invalidate_dashboard()
        self.open_review(review_id)
        return review_id

    def editors(self) -> list[ReviewEditor]:
        import sys

        module = sys.modules.get(__package__ + ".review_editor")
        if module is None:  # no review opened yet (the start asks before the editor's module is needed)
            return []
        ReviewEditor = module.ReviewEditor  # noqa: N806 (the class)
        tabs = self.ui.tabs  # by type, not position: tabs can be dragged into another order
        return [w for w in (tabs.widget(i) for i in range(tabs.count())) if isinstance(w, ReviewEditor)]

    def current_editor(self) -> ReviewEditor | None:
        w = self.ui.tabs.currentWidget()
        return w if w in self.editors() else None

    def open_review(self, review_id: str) -> ReviewEditor | None:
        from PySide6.QtWidgets import QMessageBox

        for editor in self.editors():
            if editor.review.id == review_id:
                self.ui.tabs.setCurrentWidget(editor)
                return editor
        from ..storage.store import ReviewError
        from .labels import label
        from .review_editor import ReviewEditor

        try:
            editor = ReviewEditor(self.store, review_id, self)
        except ReviewError as exc:  # e.g. the first review of a case you are second-reviewing
            from .i18n import text as tr_core

            QMessageBox.information(self, self.tr("Open review"), tr_core(exc))
            return None
        editor.changed.connect(self._review_changed)
        editor.status_message.connect(lambda m: self.ui.statusBar.showMessage(m, 8000))
        h = editor.review.header
        kind = {"second": self.tr(", second review"), "agreed": self.tr(", agreed"),
                "assurance": self.tr(", assurance"), "calibration": self.tr(", calibration"),
                "reference": self.tr(", reference answer")}.get(editor.review.kind, "")
        i = self.ui.tabs.addTab(editor, f"{h.case_reference} ({label(h.product).lower()}{kind})")
        self.ui.tabs.setTabToolTip(i, f"{h.case_reference} — {h.unit}")
        self.ui.tabs.setCurrentIndex(i)
        editor.ui.criteriaView.setFocus()
        return editor

    def close_tab(self, index: int) -> None:
        editor = self.ui.tabs.widget(index)
        if editor not in self.editors():
            return  # the list, batches and dashboard stay
        editor.flush_comment()
        editor.activity.stop()
        editor.documents.close()
        self.ui.tabs.removeTab(index)
        editor.deleteLater()

    def _review_changed(self, _review_id: str) -> None:
        self.ui.statusBar.showMessage(self.tr("Saved"), 2000)
        self._invalidate_dashboard()
        self._sync_actions()

    def _tab_changed(self, index: int) -> None:
        w = self.ui.tabs.widget(index)
        for name, holder in list(getattr(self, "_page_placeholders", {}).items()):
            if w is not None and w is holder:
                w = self._page(name)  # first shown: made now, reading the database as it is
        if w is not None and w is getattr(self, "list_page", None):
            self.list_page.reload()
        elif w is not None and w is self._built("batch_page"):
            self.batch_page.refresh()
        elif w is not None and w is self._built("dashboard"):
            self.dashboard.reload()
        self._sync_actions()

    def _sync_actions(self) -> None:
        editor = self.current_editor()
        editable = editor is not None and editor._editable
        self.ui.actionCompleteReview.setEnabled(editable)
        self.ui.actionReopenReview.setEnabled(editor is not None and not editable)
        self.ui.actionCloseTab.setEnabled(editor is not None)
        self.ui.actionExportFeedback.setEnabled(editor is not None)

    def _complete_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.complete()
            self._sync_actions()

    def _reopen_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.reopen()
            self._sync_actions()

    # -- dashboard and reports ----------------------------------------------------------
    def _show_coverage(self):
        from .coverage_dialog import show_coverage

        by = self.dashboard.periodCombo.currentData() or "month"
        return show_coverage(self, "month" if by not in ("month", "quarter", "fy", "rolling12") else by)

    def show_reviews(self, ids: list[str], description: str) -> None:
        """The reviews behind a number on the dashboard, in the review list."""
        self.list_page.show_ids(ids, description, refresh=False)
        if self.ui.tabs.currentWidget() is self.list_page:
            self.list_page.reload()
        else:
            self.ui.tabs.setCurrentWidget(self.list_page)  # reloads it
        self.list_page.ui.table.setFocus()

    def export_feedback_current(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        editor = self.current_editor()
        if editor is None:
            QMessageBox.information(self, self.tr("Export feedback sheet"),
                                    self.tr("Open a review first: the feedback sheet is "
                                            "written for the review in the current tab."))
            return False
        return editor.export_feedback()

    def batch_report(self, batch_id: str | None = None, path: str | None = None) -> bool:
        """A batch's PDF report: the batch chosen on the Batches tab, or one picked from the list."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        batches = self.store.batches()
        if not batches:
            QMessageBox.information(self, self.tr("Batch report"),
                                    self.tr("There are no batches yet. Create one on the Batches "
                                            "tab, or write a period report from the dashboard instead."))
            return False
        if batch_id is None:
            current = self.batch_page.current()
            if self.ui.tabs.currentWidget() is self.batch_page and current is not None:
                batch_id = current.id
            else:
                names = [b.name for b in batches]
                start = names.index(current.name) if current is not None and current.name in names else 0
                name, ok = QInputDialog.getItem(self, self.tr("Batch report"), self.tr("Report on the batch:"),
                                                names, start, False)
                if not ok:
                    return False
                batch_id = batches[names.index(name)].id
        return self.batch_page.batch_report(batch_id, path=path)

    def period_report(self, path: str | None = None) -> bool:
        """The PDF report of the reviews the dashboard's filters select."""
        from ..reports import batch_pdf
        from ..reports.batch import describe_selection
        from .report_files import safe_filename, write_pdf

        store, flt = self.store, self.dashboard.current_filter()
        words = describe_selection(store, flt, short=True)
        written = write_pdf(
            self, self.tr("Period report"), f"report-{safe_filename(' '.join(words), 'all')}.pdf",
            lambda out, progress, cancelled: batch_pdf(store, flt, out, title="Period report", progress=progress,
                                                       cancelled=cancelled),
            self.tr("Writing the report of {selection}").format(selection="; ".join(words)), path=path)
        return written is not None

    def who(self) -> str:
        """The person at the keyboard, for sign-offs and exports (remembered)."""
        import getpass

        return self.store.actor or str(self.settings.value("lastReviewer", "")) or getpass.getuser()

    def switch_reviewer(self) -> str | None:
        from .people import choose_reviewer

        name = choose_reviewer(self.store, self)
        if name:
            self.store.actor = name
            self._update_title()
            for editor in self.editors():  # a blind reviewer must not keep a first review open
                if editor.review.id in self.store.blind_to(name):
                    self.close_tab(self.ui.tabs.indexOf(editor))
            # a drill-down was counted for the person before: its list of reviews goes with them
            self._invalidate_dashboard()
            self.list_page.clear_ids()  # lists again, for the new viewer
        return name

    def _update_title(self) -> None:
        who = f" — {self.store.actor}" if self.store.actor else ""
        self.setWindowTitle(f"{APP_NAME} — {Path(self.store.location).name}{who}")

    # -- second pair of eyes ------------------------------------------------------
    def _current_review_id(self) -> str | None:
        editor = self.current_editor()
        if editor is not None:
            return editor.review.id
        if self.ui.tabs.currentWidget() is self.list_page:
            ids = self.list_page.selected_ids()
            return ids[0] if len(ids) == 1 else None
        return None

    def request_second_review(self, review_id: str | None = None, reviewer: str | None = None,
                              kind: str = "second") -> str | None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from .common import run_guarded

        review_id = review_id or self._current_review_id()
        what = self.tr("Assurance check") if kind == "assurance" else self.tr("Second review")
        if review_id is None:
            QMessageBox.information(self, what, self.tr("Open or select a complete review first."))
            return None
        if reviewer is None:
            asked = self._ask_second_reviewer(review_id, what, kind)
            if asked is None:
                return None
            reviewer, new_id = asked
        else:
            ok, new_id = run_guarded(self, what, self.store.request_second_review, review_id, reviewer, kind)
            if not ok:
                return None
        self.list_page.reload()
        self.ui.statusBar.showMessage(self.tr("{what} requested from {who}").format(what=what, who=reviewer), 8000)
        if reviewer.lower() == (self.store.actor or "").lower():
            self.open_review(new_id)
        return new_id

    def _ask_second_reviewer(self, review_id: str, what: str, kind: str) -> tuple[str, str] | None:
        """Ask who does the second review or the check until the store accepts the name (or the person
        cancels): the first reviewer is not offered, nothing is filled in for them, and a name the store
        refuses is said in the same dialog, which stays open for another choice."""
        from PySide6.QtWidgets import QDialog, QInputDialog

        from ..storage.store import ReviewError
        from .common import run_guarded
        from .i18n import text as tr_core

        ok, review = run_guarded(self, what, self.store.get_review, review_id)
        if not ok:
            return None
        first = review.header.reviewer.casefold()
        others = [n for n, _role in self.store.profiles() if n.casefold() != first]
        prompt = self.tr("Who does it? (not {first}, the first reviewer)").format(first=review.header.reviewer)
        problem = ""
        name = ""

        def attempt(who: str):
            try:
                return True, self.store.request_second_review(review_id, who, kind)
            except ReviewError as exc:  # a rule: say it in the dialog and ask again
                return False, exc

        while True:
            dialog = QInputDialog(self)
            dialog.setWindowTitle(what)
            dialog.setLabelText((problem + "\n\n" if problem else "") + prompt)
            dialog.setComboBoxItems(others)
            dialog.setComboBoxEditable(True)
            dialog.setTextValue(name)
            self.last_reviewer_dialog = dialog
            if dialog.exec() != QDialog.Accepted:
                return None
            name = dialog.textValue().strip()
            ok, result = run_guarded(self, what, attempt, name)
            if not ok:
                return None  # the database failed: said by run_guarded
            done, value = result
            if done:
                return name, value
            problem = tr_core(value)

    def compare_current(self, review_id: str | None = None) -> str | None:
        from PySide6.QtWidgets import QMessageBox

        from ..storage.store import ReviewError
        from .compare import CompareDialog

        review_id = review_id or self._current_review_id()
        if review_id is None:
            return None
        review = self.store.get_review(review_id)
        if review.kind == "second":
            first_id, second_id = review.parent_review_id, review.id
        else:
            seconds = [r for r in self.store.second_reviews(review.id) if r.kind == "second"]
            if not seconds:
                QMessageBox.information(self, self.tr("Compare and agree"),
                                        self.tr("This review has no second review yet."))
                return None
            first_id, second_id = review.id, seconds[-1].id
        try:
            dialog = CompareDialog(self.store, first_id, second_id, self)
        except ReviewError as exc:
            from .i18n import text as tr_core

            QMessageBox.information(self, self.tr("Compare and agree"), tr_core(exc))
            return None
        self.last_compare_dialog = dialog
        if dialog.exec() and dialog.agreed_id:
            self.list_page.reload()
            self._invalidate_dashboard()
            self.open_review(dialog.agreed_id)
        return dialog.agreed_id

    def history_current(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .common import run_guarded
        from .history import HistoryDialog

        review_id = self._current_review_id()
        if review_id is None:
            QMessageBox.information(self, self.tr("History"), self.tr("Open or select a review first."))
            return
        ok, dialog = run_guarded(self, self.tr("History"), HistoryDialog, self.store, review_id, self)
        if ok:
            self.last_history_dialog = dialog
            dialog.open()

    def _add_outcomes_actions(self) -> None:
        """Reports ▸ Appeal outcomes… and Import appeal outcomes… (issue 20); the dialogs load on first use."""
        from PySide6.QtGui import QAction

        self.ui.menuReports.addSeparator()
        for name, text, slot in (
                ("actionOutcomes", self.tr("&Appeal outcomes…"), lambda: self._appeals().show_outcomes(self)),
                ("actionImportOutcomes", self.tr("&Import appeal outcomes…"),
                 lambda: self._appeals().import_outcomes(self))):
            action = QAction(self)
            action.setObjectName(name)
            action.setText(text)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.ui.menuReports.addAction(action)
            setattr(self.ui, name, action)

    def _add_reply_action(self) -> None:
        """Review ▸ Decision maker's reply… (issue 18), after History."""
        from PySide6.QtGui import QAction

        action = self.ui.actionReply = QAction(self)
        action.setObjectName("actionReply")
        action.setText(self.tr("Decision maker's re&ply…"))
        action.setStatusTip(self.tr("Type in the decision maker's reply to the feedback: accept or dispute each "
                                    "error"))
        action.triggered.connect(lambda _checked=False: self._reply_dialog().record_reply(self))
        self.ui.menuReview.insertAction(self.ui.actionCloseTab, action)
        action = self.ui.actionArbitrate = QAction(self)
        action.setObjectName("actionArbitrate")
        action.setText(self.tr("Ar&bitrate a dispute…"))
        action.setStatusTip(self.tr("Uphold, overturn or amend a finding the decision maker disputed (a technical "
                                    "specialist or quality lead, neither the reviewer nor the decision maker)"))
        action.triggered.connect(lambda _checked=False: self._arbitrate_dialog().arbitrate_dispute(self))
        self.ui.menuReview.insertAction(self.ui.actionCloseTab, action)
        action = self.ui.actionReferDisputes = QAction(self)
        action.setObjectName("actionReferDisputes")
        action.setText(self.tr("Re&fer disputes to an arbitrator…"))
        action.setStatusTip(self.tr("Send the review's open disputes to one technical specialist or quality lead"))
        action.triggered.connect(lambda _checked=False: self._arbitrate_dialog().refer_disputes(self))
        self.ui.menuReview.insertAction(self.ui.actionCloseTab, action)

    @staticmethod
    def _reply_dialog():
        from . import reply_dialog

        return reply_dialog

    @staticmethod
    def _disputes_dialog():
        from . import disputes_dialog

        return disputes_dialog

    @staticmethod
    def _arbitrate_dialog():
        from . import arbitrate_dialog

        return arbitrate_dialog

    @staticmethod
    def _appeals():
        from . import appeals_dialog

        return appeals_dialog

    # -- sampling, templates, language ------------------------------------------------
    def _add_sampling_menu(self) -> None:
        from PySide6.QtGui import QAction

        menu = self.sampling_menu = self.menuBar().addMenu(self.tr("&Sampling"))
        for name, text, slot in (("actionDrawSample", self.tr("&Draw a sample of cases…"), self.draw_sample),
                                 ("actionSampledCases", self.tr("Sampled &cases…"), self.sampled_cases),
                                 ("actionTemplates", self.tr("Checklist &templates…"), self.manage_templates)):
            action = QAction(self)  # QAction(text, parent) would build QIcon's type to rule out its overloads
            action.setObjectName(name)
            action.setText(text)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            menu.addAction(action)

    def draw_sample(self) -> str | None:
        from .sampling_dialog import open_sampling_dialog

        batch_id = open_sampling_dialog(self, self.store, self.who, open_review=self._open_started_review)
        if batch_id:
            self.batch_page.refresh(select_id=batch_id)
            self.list_page.reload()
        return batch_id

    def sampled_cases(self) -> str | None:
        from .sampling_dialog import open_sampled_cases_dialog

        current = self.batch_page.current()
        review_id = open_sampled_cases_dialog(self, self.store, self.who, current.id if current else None)
        if review_id:
            self._open_started_review(review_id)
        return review_id

    def _open_started_review(self, review_id: str) -> None:
        self.list_page.reload()
        self.batch_page.refresh()
        self._invalidate_dashboard()
        self.open_review(review_id)

    def manage_templates(self) -> None:
        from .templates_dialog import open_templates_dialog

        open_templates_dialog(self, self.store)

    def _add_language_menu(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup

        from .i18n import LANGUAGES, current_language

        menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(self, checkable=True)
            action.setObjectName(f"actionLanguage_{code}")
            action.setText(name)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            group.addAction(action)
            menu.addAction(action)

    def set_language(self, code: str) -> None:
        from .i18n import set_language

        set_language(code)
        self.ui.statusBar.showMessage(self.tr("The language changes when QPP Reviewer next starts."), 10000)

    # -- batches, export, collation -------------------------------------------------
    def add_to_batch(self, review_ids: list[str]) -> bool:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from .common import run_guarded

        if not review_ids:
            QMessageBox.information(self, self.tr("Add to batch"),
                                    self.tr("Select one or more reviews in the list first "
                                            "(Ctrl+click or Shift+click for several)."))
            return False
        open_batches = [b for b in self.store.batches() if not b.signed_off]
        new = self.tr("New batch…")
        names = [b.name for b in open_batches] + [new]
        name, ok = QInputDialog.getItem(self, self.tr("Add to batch"),
                                        plural(len(review_ids), self.tr("Add {n} review to:"), self.tr("Add {n} reviews to:")), names, 0, False)
        if not ok:
            return False
        if name == new:
            bid = self.batch_page.new_batch()
            if bid is None:
                return False
        else:
            bid = next(b.id for b in open_batches if b.name == name)
        ok, n = run_guarded(self, self.tr("Add to batch"), self.store.add_to_batch, bid, review_ids)
        if ok:
            self.ui.statusBar.showMessage(plural(n, self.tr("{n} review added to the batch"),
                                                 self.tr("{n} reviews added to the batch")), 5000)
            self.list_page.reload()
            self.batch_page.refresh(select_id=bid)
        return ok

    def export_current(self) -> None:
        if self.ui.tabs.currentWidget() is self.batch_page and self.batch_page.current():
            self.export_batch(self.batch_page.current().id)
            return
        ids = self.list_page.shown_ids()
        # a first review the person at the keyboard is blind to is listed (without its band) but never
        # exported: the workbook would show its band and findings (the core says which they are)
        hidden = self.store.blind_to(self.store.actor) if self.store.actor else set()
        if hidden & set(ids):
            ids = [i for i in ids if i not in hidden]
            self.ui.statusBar.showMessage(self.tr("First reviews of cases you are second-reviewing are not "
                                                  "exported until your second review is complete."), 10000)
        self.export_reviews(ids, f"{len(ids)} reviews shown in the list", "reviews.xlsx")

    def export_batch(self, batch_id: str) -> None:
        from ..exchange.export import select_reviews
        from .common import run_guarded

        ok, picked = run_guarded(self, self.tr("Export batch"), select_reviews, self.store, batch_id)
        if ok:
            ids, label = picked
            name = self.store.find_batch(batch_id).name
            safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip() or "batch"
            self.export_reviews(ids, label, f"{safe}.xlsx")

    def _ask_password(self, title: str, prompt: str, confirm: bool) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

        first, ok = QInputDialog.getText(self, title, prompt, QLineEdit.Password)
        if not ok or not first:
            return None
        if confirm:
            again, ok = QInputDialog.getText(self, title, self.tr("Type the password again:"), QLineEdit.Password)
            if not ok:
                return None
            if again != first:
                QMessageBox.warning(self, title, self.tr("The two passwords differ; nothing was exported."))
                return None
        return first

    def export_reviews(self, ids: list[str], label: str, suggested: str, path: str | None = None,
                       password: str | None = None) -> bool:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from .tasks import TaskCancelled, run_task

        if not ids:
            QMessageBox.information(self, self.tr("Export"), self.tr("There are no reviews to export."))
            return False
        if path is None:
            start = str(Path(str(self.settings.value("lastExportFolder", Path.home()))) / suggested)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), start,
                                                  self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return False
            protect = QMessageBox.question(
                self, self.tr("Export to Excel"), self.tr("Protect the workbook with a password?\n\nRecommended when "
                                                          "it travels by e-mail or removable media. Excel and "
                                                          "LibreOffice ask for the password to open it."),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
            if protect == QMessageBox.Yes:
                password = self._ask_password(self.tr("Export to Excel"), self.tr("Password for the workbook:"),
                                              confirm=True)
                if password is None:
                    return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from ..exchange.export import export_workbook

        store, who = self.store, self.who()

        def work(progress, cancelled):
            return export_workbook(store, ids, path, label, exported_by=who, password=password,
                                   progress=lambda d, t: progress(d, t, ""), cancelled=cancelled)

        try:
            result = run_task(self, self.tr("Export to Excel"), work,
                              plural(len(ids), self.tr("Writing {n} review to {file}"),
                                     self.tr("Writing {n} reviews to {file}")).replace("{file}", Path(path).name))
        except TaskCancelled:
            self.ui.statusBar.showMessage(self.tr("Export cancelled; nothing was written."), 8000)
            return False
        except OSError as exc:
            from .i18n import text as tr_core

            QMessageBox.critical(self, self.tr("Export"),
                                 self.tr("Could not write {path}: {error}.\n\n"
                                         "Nothing was written under that name; your reviews are unchanged. "
                                         "Check the disk has space and the folder is writable.")
                                 .format(path=path, error=exc.strerror or tr_core(exc)))
            return False
        self.settings.setValue("lastExportFolder", str(Path(path).parent))
        from .i18n import number

        self.ui.statusBar.showMessage(self.tr("Exported {reviews} reviews and {findings} findings to {path}")
                                      .format(reviews=number(result.reviews), findings=number(result.findings),
                                              path=path), 10000)
        return True

    def collate_files(self, paths: list[str] | None = None, passwords: dict | None = None) -> object:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from ..exchange.report_text import collation_report_message
        from .i18n import number, text as tr_core
        from .tasks import TaskCancelled, run_task

        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Collate exchange workbooks"), str(self.settings.value("lastCollateFolder", Path.home())),
                self.tr("Excel workbooks (*.xlsx)"))
            if not paths:
                return None
        from ..exchange.collate import collate
        from ..exchange.protect import is_encrypted

        if passwords is None:  # ask now, in the UI thread, for each protected workbook
            passwords = {}
            for p in paths:
                try:
                    protected = is_encrypted(p)
                except OSError:
                    continue  # reported by the collation itself
                if protected:
                    pw = self._ask_password(self.tr("Collate workbooks"),
                                            self.tr("{file} is password-protected.\nIts password:")
                                            .format(file=Path(p).name), confirm=False)
                    if pw:
                        passwords[str(p)] = pw
        store = self.store
        try:
            report = run_task(self, self.tr("Collate workbooks"),
                              lambda progress, cancelled: collate(store, paths, progress, cancelled,
                                                                  passwords=passwords),
                              plural(len(paths), self.tr("Reading {n} workbook"), self.tr("Reading {n} workbooks")))
        except TaskCancelled:
            self.ui.statusBar.showMessage(self.tr("Collation cancelled; workbooks already read were kept, "
                                                  "the rest were not read."), 8000)
            return None
        report = self._enrol_unseen_signers(report, paths, passwords)
        self.settings.setValue("lastCollateFolder", str(Path(paths[0]).parent))
        self.list_page.reload()
        self._invalidate_dashboard()
        box = QMessageBox(QMessageBox.Warning if report.rejected or report.conflicts else QMessageBox.Information,
                          self.tr("Collation report"),
                          plural(len(report.files), self.tr("{n} workbook read"), self.tr("{n} workbooks read"))
                          + self.tr(", {rejected} rejected.\n"
                                    "Reviews: {added} added, {unchanged} unchanged, "
                                    "{conflicts} conflicting; {discrepancies} band discrepancies.").format(
                              rejected=number(report.rejected), added=number(report.added),
                              unchanged=number(report.unchanged), conflicts=number(report.conflicts),
                              discrepancies=number(report.discrepancies)),
                          QMessageBox.Ok, self)
        box.setDetailedText(tr_core(collation_report_message(report)))
        self.last_collation_box = box
        box.open()
        return report

    def _enrol_unseen_signers(self, report, paths, passwords):
        """Workbooks refused only because their signer's key is not enrolled: show each key's fingerprint
        and, if the collator confirms it (with the reviewer, by phone or in person), enrol it and
        collate those workbooks again. Off unless confirmed, key by key (issue 16)."""
        from PySide6.QtWidgets import QMessageBox

        from ..exchange.collate import collate
        from ..signing import fingerprint
        from .common import run_guarded
        from .tasks import TaskCancelled, run_task

        unseen: dict[bytes, tuple[str, list]] = {}
        for fr in report.files:
            if fr.unknown_signer is not None:
                signer, key = fr.unknown_signer
                unseen.setdefault(key, (signer, []))[1].append(fr)
        again = []
        for key, (signer, files) in unseen.items():
            names = ", ".join(f.path.name for f in files)
            answer = QMessageBox.question(
                self, self.tr("New signer"),
                self.tr("{files}: signed by {signer} with a key this database has not enrolled.\n\n"
                        "Fingerprint: {fp}\n\nAsk {signer} to read out the fingerprint their app shows "
                        "(Help ▸ About). Only if it is the same: enrol this key and collate the workbook?")
                .format(files=names, signer=signer, fp=fingerprint(key)),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                continue
            ok, _ = run_guarded(self, self.tr("New signer"), self.store.keys.enrol, signer, key,
                                self.who(), None, "at_collation")
            if ok:
                again += [str(f.path) for f in files]
        if not again:
            return report
        store = self.store
        try:
            second = run_task(self, self.tr("Collate workbooks"),
                              lambda progress, cancelled: collate(store, again, progress, cancelled,
                                                                  passwords=passwords),
                              plural(len(again), self.tr("Reading {n} workbook"), self.tr("Reading {n} workbooks")))
        except TaskCancelled:
            return report
        done = {str(f.path) for f in second.files}
        report.files = [f for f in report.files if str(f.path) not in done] + second.files
        return report

    def restore_backup(self, backup: str | None = None) -> bool:
        """Put a backup's content back in place of the database's (current content kept)."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from ..commands.restore import describe
        from .common import run_guarded
        from ..storage.db import list_backups, restore_backup

        if self.store.engine.dialect.name != "sqlite":
            QMessageBox.information(self, self.tr("Restore"),
                                    self.tr("Backups are kept for local database files only."))
            return False
        db = Path(self.store.location)
        if backup is None:
            backups = list_backups(db)
            if not backups:
                QMessageBox.information(self, self.tr("Restore from backup"),
                                        self.tr("There are no backups of this database yet. "
                                                "One is made each time the app starts and before every upgrade."))
                return False
            labels = [describe(b) for b in backups]
            choice, ok = QInputDialog.getItem(self, self.tr("Restore from backup"),
                                              self.tr("Replace the database's content with this backup\n"
                                                      "(what it holds now is kept as a backup too):"),
                                              labels, 0, False)
            if not ok:
                return False
            backup = str(backups[labels.index(choice)])
        self._flush_all()
        self.store.engine.dispose()
        ok, _ = run_guarded(self, self.tr("Restore from backup"), restore_backup, db, Path(backup))
        if ok:
            self._install_store(self.store)
            self.ui.statusBar.showMessage(self.tr("Restored from {file}").format(file=Path(backup).name), 10000)
        return ok

    # -- encryption at rest (issue 16 item 5) -------------------------------------
    def _add_encryption_actions(self) -> None:
        """File ▸ Encrypt database… (a plain local file) and File ▸ Change passphrase… (an encrypted one)."""
        from PySide6.QtGui import QAction

        self.actionEncrypt = self.ui.actionEncrypt = QAction(self.tr("&Encrypt database…"), self)
        self.actionEncrypt.setObjectName("actionEncrypt")
        self.actionEncrypt.setStatusTip(self.tr("Encrypt the database and its backups with a passphrase"))
        self.actionChangePassphrase = self.ui.actionChangePassphrase = QAction(self.tr("Change &passphrase…"), self)
        self.actionChangePassphrase.setObjectName("actionChangePassphrase")
        self.actionChangePassphrase.setStatusTip(self.tr("A new passphrase for the encrypted database"))
        self.ui.menuFile.insertAction(self.ui.actionRestore, self.actionEncrypt)
        self.ui.menuFile.insertAction(self.ui.actionRestore, self.actionChangePassphrase)
        self.actionEncrypt.triggered.connect(lambda: self.encrypt_database())
        self.actionChangePassphrase.triggered.connect(lambda: self.change_passphrase())
        self._update_encryption_actions()

    def _update_encryption_actions(self) -> None:
        if not hasattr(self, "actionEncrypt"):
            return
        if self.store is None:  # the first frame, before the database opens: without importing the storage
            self.actionEncrypt.setEnabled(False)  # layer (SQLAlchemy, ~0.3 s), which the frame must not wait for
            self.actionChangePassphrase.setEnabled(False)
            return
        from ..storage import cipher

        local = self.store.engine.dialect.name == "sqlite"
        encrypted = local and cipher.is_encrypted(self.store.location)
        self.actionEncrypt.setEnabled(local and not encrypted)
        self.actionChangePassphrase.setEnabled(bool(encrypted))

    def encrypt_database(self) -> bool:
        """Encrypt the open plain database in place (the core makes a verified backup first and removes
        the plain file only once the encrypted copy matches it row by row), then reopen it."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        from ..storage.db import DatabaseError, encrypt_existing
        from .app import open_for_app
        from .i18n import text as tr_core
        from .passphrase import NewPassphraseDialog, RecoveryKeyDialog

        path = Path(self.store.location)
        dialog = NewPassphraseDialog(path.name, self, offer_plain=False, title=self.tr("Encrypt database"))
        dialog.encrypt_button.setText(self.tr("&Encrypt"))
        if dialog.exec() != QDialog.Accepted or dialog.choice != "encrypt":
            return False
        self._flush_all()
        actor = self.store.actor
        self.store.close()
        recovery, problem = None, None
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            recovery = encrypt_existing(path, dialog.passphrase)
        except (DatabaseError, OSError) as exc:
            problem = tr_core(exc) if isinstance(exc, DatabaseError) else str(exc)
        finally:
            QApplication.restoreOverrideCursor()
        store = open_for_app(str(path))
        store.actor = actor
        self._install_store(store)
        if problem:
            QMessageBox.warning(self, self.tr("Encrypt database"), problem)
            return False
        RecoveryKeyDialog(recovery, self).exec()
        self.ui.statusBar.showMessage(self.tr("{file} and its backups are encrypted.").format(file=path.name), 10000)
        return True

    def change_passphrase(self) -> bool:
        from .passphrase import change_passphrase

        if change_passphrase(self.store, self):
            self.ui.statusBar.showMessage(self.tr("The passphrase is changed."), 10000)
            return True
        return False

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        templates = "<br>".join(self.tr("{title} — {id} version {version} ({n} criteria)").format(
            title=t.title, id=t.id, version=t.version, n=len(t.criteria)) for t in self.store.templates())
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3>"
            + self.tr("<p>Quality review of asylum interviews and decisions under the Calibre "
                      "Assurance Sampling Framework (bands QS1–QS5).</p>")
            + self.tr("<p><b>Database:</b> {location}</p>").format(location=self.store.location)
            + self.tr("<p><b>Checklists:</b><br>{templates}</p>").format(templates=templates)
            + self._key_html(),
        )

    def _key_html(self) -> str:
        """The signing key's fingerprint of the person at the keyboard: what they read out to the
        centre when their key is enrolled (made on first use)."""
        import html
        import os

        from ..signing import SigningError, load_or_create

        who = self.store.actor or self.who()
        try:
            key = load_or_create(who, os.environ.get("QPP_KEY_PASSPHRASE") or None)
        except SigningError as exc:
            from .i18n import text as tr_core

            return "<p>" + html.escape(tr_core(exc)) + "</p>"
        return self.tr("<p><b>Signing key of {who}:</b> <tt>{fp}</tt><br>Read it out to the centre when "
                       "it enrols your key.</p>").format(who=html.escape(who), fp=key.fingerprint)

    # -- closing ----------------------------------------------------------------
    def _flush_all(self) -> None:
        for editor in self.editors():
            editor.flush_comment()
            editor.activity.flush()

    def closeEvent(self, event) -> None:
        if self.store is not None:
            self._flush_all()
            for editor in self.editors():
                editor.activity.stop()  # the last write of the active time: nothing after the store closes
            if self.store._lock is not None:
                self.store.close()
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)
