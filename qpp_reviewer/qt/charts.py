"""Small painted charts for the dashboard (QPainter; QtCharts is not part of PySide6-Essentials).

Every mark carries its number in text as well as its colour, and every chart
can be driven from the keyboard: Tab to it, arrows to choose a bar or month,
Enter to list the reviews behind it (the same as clicking).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .i18n import interval, number
from ..domain import QualityBand
from ..statistics import TARGET_SATISFACTORY, BandCounts
from .common import BAND_COLOURS, month_abbr
from .labels import tr_label

INK = QColor("#1f2430")
MUTED = QColor("#5b6270")
GRID = QColor("#d5dae2")
TRACK = QColor("#e6e9ef")
HOVER = QColor(26, 95, 180, 28)  # the focus blue, faint
FOCUS = QColor("#1a5fb4")
SHARE = QColor(BAND_COLOURS[QualityBand.QS1][0])


def month_label(key: str, short: bool = False) -> str:
    """'2025-03' -> 'Mar 2025' (or 'Mar 25'), the month in the user's language."""
    y, m = key.split("-")
    return f"{month_abbr(int(m))} {y[2:] if short else y}"


def _interval_text(c: BandCounts) -> str:
    ci = c.satisfactory_interval()
    return "" if ci is None else interval(ci[0] * 100, ci[1] * 100)


class _Chart(QWidget):
    """Shared behaviour: hover highlight, hand cursor over a clickable mark, keyboard choice."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._hover: int | None = None
        self._chosen = 0  # the mark the keyboard is on

    # subclasses: the marks, their rectangles, whether one can be clicked, and its tooltip
    def _count(self) -> int:
        return 0

    def _hit_rect(self, i: int) -> QRectF:
        return QRectF()

    def _clickable(self, i: int) -> bool:
        return False

    def _tip(self, i: int) -> str:
        return ""

    def _activate(self, i: int) -> None:
        pass

    def index_at(self, pos) -> int | None:
        for i in range(self._count()):
            if self._hit_rect(i).contains(QPointF(pos)):
                return i
        return None

    def mark_centre(self, i: int):
        """Where mark ``i`` is (for tests that click it)."""
        return self._hit_rect(i).center().toPoint()

    def mouseMoveEvent(self, event):
        i = self.index_at(event.position())
        if i != self._hover:
            self._hover = i
            self.update()
        self.setCursor(Qt.PointingHandCursor if i is not None and self._clickable(i) else Qt.ArrowCursor)
        if i is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self._tip(i), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event):
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.LeftButton:
            i = self.index_at(event.position())
            if i is not None and self._clickable(i):
                self._chosen = i
                self._activate(i)
                return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event):
        n = self._count()
        key = event.key()
        if n and key in (Qt.Key_Up, Qt.Key_Left, Qt.Key_Down, Qt.Key_Right):
            step = -1 if key in (Qt.Key_Up, Qt.Key_Left) else 1
            self._chosen = min(max(self._chosen + step, 0), n - 1)
            self.update()
            return
        if n and key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            if self._clickable(self._chosen):
                self._activate(self._chosen)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event):
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event):
        self.update()
        super().focusOutEvent(event)

    def _paint_marks_state(self, p: QPainter) -> None:
        """The hover wash and the keyboard focus ring, under and over the marks."""
        if self._hover is not None and self._clickable(self._hover):
            p.fillRect(self._hit_rect(self._hover), HOVER)
        if self.hasFocus() and self._count():
            pen = QPen(FOCUS, 1.5, Qt.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.NoBrush)
            p.drawRect(self._hit_rect(self._chosen).adjusted(0.5, 0.5, -0.5, -0.5))

    def _ink(self) -> QColor:
        return self.palette().color(QPalette.WindowText)

    def _empty(self, p: QPainter, text: str) -> None:
        p.setPen(MUTED)
        p.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, text)


class BandChart(_Chart):
    """One horizontal bar per band, labelled 'QS1' and '1,174 (39%)'; click a bar to list its reviews."""

    band_clicked = Signal(object)  # QualityBand

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts = BandCounts()
        self.setMinimumSize(280, 150)
        self.setAccessibleName(self.tr("Band distribution"))

    def set_counts(self, counts: BandCounts) -> None:
        self.counts = counts
        self.setAccessibleDescription(
            "; ".join(f"{b.value}: {number(counts.counts[b])} ({counts.pct(counts.counts[b])}%)" for b in QualityBand)
            + self.tr(". Arrows choose a band, Enter lists its reviews."))
        self.update()

    def _count(self) -> int:
        return len(QualityBand) if self.counts.total else 0

    def _geometry(self):
        fm = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        label_w = QFontMetrics(bold).horizontalAdvance("QS5") + 12
        value_w = fm.horizontalAdvance(f"{number(max(self.counts.total, 1))} (100%)") + 10
        top, bottom = 4.0, float(self.height() - 4)
        row_h = min((bottom - top) / 5, 40.0)
        return label_w, value_w, top, row_h

    def _hit_rect(self, i: int) -> QRectF:
        _, _, top, row_h = self._geometry()
        return QRectF(0, top + i * row_h, self.width(), row_h)

    def _clickable(self, i: int) -> bool:
        return self.counts.counts[list(QualityBand)[i]] > 0

    def _tip(self, i: int) -> str:
        b = list(QualityBand)[i]
        k = self.counts.counts[b]
        tip = self.tr("{band} ({verdict}): {n} of {total} complete reviews ({pct}%)").format(
            band=b.value, verdict=tr_label(b.verdict).lower(), n=number(k), total=number(self.counts.total),
            pct=self.counts.pct(k))
        return tip + ("\n" + self.tr("Click to list them.") if k else "")

    def _activate(self, i: int) -> None:
        self.band_clicked.emit(list(QualityBand)[i])

    def value_text(self, band: QualityBand) -> str:
        """The text beside a bar: '1,174 (39%)', as in the summary command and the PDF."""
        k = self.counts.counts[band]
        return f"{number(k)} ({self.counts.pct(k)}%)"

    def bar_centre(self, band: QualityBand):
        return self.mark_centre(list(QualityBand).index(band))

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        if not self.counts.total:
            self._empty(p, self.tr("No complete reviews in this selection"))
            return
        self._paint_marks_state(p)
        label_w, value_w, top, row_h = self._geometry()
        bar_h = min(row_h * 0.62, 24.0)
        span = max(self.width() - label_w - value_w - 8, 20)
        biggest = max(self.counts.counts.values()) or 1
        bold = QFont(self.font())
        bold.setBold(True)
        ink = self._ink()
        for i, b in enumerate(QualityBand):
            k = self.counts.counts[b]
            y = top + i * row_h
            mid = y + row_h / 2
            p.setFont(bold)
            p.setPen(ink)
            p.drawText(QRectF(4, y, label_w - 4, row_h), Qt.AlignVCenter | Qt.AlignLeft, b.value)
            w = span * k / biggest
            bar = QRectF(label_w, mid - bar_h / 2, max(w, 1.5 if k else 0), bar_h)
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(BAND_COLOURS[b][0]))
            p.drawRoundedRect(bar, 2, 2)
            p.setFont(self.font())
            p.setPen(ink)
            p.drawText(QRectF(bar.right() + 6, y, value_w, row_h), Qt.AlignVCenter | Qt.AlignLeft,
                       self.value_text(b))


class SatisfactionGauge(_Chart):
    """The satisfactory share on a 0-100% scale, its 95% interval, and the target line."""

    clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts = BandCounts()
        self.target = TARGET_SATISFACTORY
        self.setMinimumSize(240, 50)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setAccessibleName(self.tr("Satisfactory share"))

    def sizeHint(self):
        from PySide6.QtCore import QSize

        return QSize(400, QFontMetrics(self.font()).height() * 2 + 22)

    def set_counts(self, counts: BandCounts) -> None:
        self.counts = counts
        c = counts
        if c.total:
            self.setAccessibleDescription(
                self.tr("{n} of {total} ({pct}%) satisfactory, 95% interval {interval}, target {target}%. "
                        "Enter lists the satisfactory reviews.").format(
                    n=number(c.satisfactory), total=number(c.total), pct=c.pct(c.satisfactory),
                    interval=_interval_text(c), target=self.target))
        else:
            self.setAccessibleDescription(self.tr("No complete reviews"))
        self.update()

    def _scale(self) -> tuple[float, float, float, float]:
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("0%") / 2 + 4.0
        right = float(self.width() - fm.horizontalAdvance("100%") / 2 - 4)
        bar_top = fm.height() + 2.0
        bar_h = 14.0
        return left, right, bar_top, bar_h

    def _count(self) -> int:
        return 1 if self.counts.total else 0

    def _hit_rect(self, i: int) -> QRectF:
        left, right, bar_top, bar_h = self._scale()
        return QRectF(left - 3, bar_top - 3, right - left + 6, bar_h + 6)

    def _clickable(self, i: int) -> bool:
        return self.counts.satisfactory > 0

    def _tip(self, i: int) -> str:
        c = self.counts
        return self.tr("Satisfactory (QS1+QS2): {n} of {total} ({pct}%)\n"
                       "95% interval {interval}; target {target}%\nClick to list them.").format(
            n=number(c.satisfactory), total=number(c.total), pct=c.pct(c.satisfactory), interval=_interval_text(c),
            target=self.target)

    def _activate(self, i: int) -> None:
        self.clicked.emit()

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        left, right, bar_top, bar_h = self._scale()
        x = lambda frac: left + (right - left) * frac  # noqa: E731
        fm = QFontMetrics(self.font())
        ink = self._ink()
        self._paint_marks_state(p)
        p.setPen(Qt.NoPen)
        p.setBrush(TRACK)
        p.drawRoundedRect(QRectF(left, bar_top, right - left, bar_h), 3, 3)
        c = self.counts
        if c.total:
            share = c.satisfactory / c.total
            p.setBrush(SHARE)
            p.drawRoundedRect(QRectF(left, bar_top, max(x(share) - left, 1.5), bar_h), 3, 3)
            lo, hi = c.satisfactory_interval()
            mid = bar_top + bar_h / 2
            for colour, width in ((QColor("white"), 4.0), (INK, 1.6)):  # a white halo keeps it legible on green
                p.setPen(QPen(colour, width, Qt.SolidLine, Qt.FlatCap))
                p.drawLine(QPointF(x(lo), mid), QPointF(x(hi), mid))
                p.drawLine(QPointF(x(lo), mid - 4.5), QPointF(x(lo), mid + 4.5))
                p.drawLine(QPointF(x(hi), mid - 4.5), QPointF(x(hi), mid + 4.5))
        # the target: a dashed line through the bar, labelled above it
        t = x(self.target / 100)
        p.setPen(QPen(ink, 1.5, Qt.DashLine))
        p.drawLine(QPointF(t, bar_top - 4), QPointF(t, bar_top + bar_h + 4))
        p.setPen(ink)
        label = self.tr("target {target}%").format(target=self.target)
        p.drawText(QRectF(t - fm.horizontalAdvance(label) - 4, 0, fm.horizontalAdvance(label) + 2, fm.height()),
                   Qt.AlignRight | Qt.AlignVCenter, label)
        # the scale
        p.setPen(MUTED)
        base = bar_top + bar_h + 3
        for pct in (0, 25, 50, 75, 100):
            tx = x(pct / 100)
            text = f"{pct}%"
            w = fm.horizontalAdvance(text)
            p.drawText(QRectF(tx - w / 2 - 1, base, w + 2, fm.height()), Qt.AlignCenter, text)


class TrendChart(_Chart):
    """The satisfactory share by month with its 95% interval and the target line; click a month."""

    month_clicked = Signal(str)  # 'YYYY-MM'

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, BandCounts]] = []
        self.target = TARGET_SATISFACTORY
        self.setMinimumSize(300, 150)
        self.setAccessibleName(self.tr("Satisfactory share by month"))

    def set_rows(self, rows: list[tuple[str, BandCounts]]) -> None:
        """Every month from the first to the last, in order (a month with no reviews has empty counts)."""
        self.rows = rows
        self._chosen = min(self._chosen, max(len(rows) - 1, 0))
        of = self.tr("{month}: {pct}% of {total}")
        self.setAccessibleDescription(
            "; ".join(of.format(month=month_label(k), pct=c.pct(c.satisfactory), total=number(c.total))
                      for k, c in rows if c.total)
            + self.tr(". Target {target}%. Arrows choose a month, Enter lists its reviews.").format(target=self.target))
        self.update()

    def _plot(self) -> QRectF:
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("100%") + 8
        return QRectF(left, fm.height() + 6, self.width() - left - 6, self.height() - 2 * fm.height() - 12)

    def _count(self) -> int:
        return len(self.rows)

    def _hit_rect(self, i: int) -> QRectF:
        plot = self._plot()
        step = plot.width() / max(len(self.rows), 1)
        return QRectF(plot.left() + i * step, plot.top() - 4, step, plot.height() + 8)

    def _clickable(self, i: int) -> bool:
        c = self.rows[i][1]
        return c.total + c.excluded > 0

    def _tip(self, i: int) -> str:
        key, c = self.rows[i]
        if not c.total:
            return self.tr("{month}: no complete reviews").format(month=month_label(key)) + (
                self.tr(" ({n} not complete)\nClick to list them.").format(n=number(c.excluded)) if c.excluded else "")
        return self.tr("{month}: {n} of {total} satisfactory ({pct}%), 95% interval {interval}\n"
                       "Click to list the month's reviews.").format(
            month=month_label(key), n=number(c.satisfactory), total=number(c.total), pct=c.pct(c.satisfactory),
            interval=_interval_text(c))

    def _activate(self, i: int) -> None:
        self.month_clicked.emit(self.rows[i][0])

    def month_centre(self, key: str):
        return self.mark_centre([k for k, _ in self.rows].index(key))

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        if not any(c.total for _, c in self.rows):
            self._empty(p, self.tr("No complete reviews in this selection"))
            return
        plot = self._plot()
        fm = QFontMetrics(self.font())
        ink = self._ink()
        y = lambda frac: plot.bottom() - plot.height() * frac  # noqa: E731
        self._paint_marks_state(p)
        for pct in (0, 25, 50, 75, 100):
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y(pct / 100)), QPointF(plot.right(), y(pct / 100)))
            p.setPen(MUTED)
            p.drawText(QRectF(0, y(pct / 100) - fm.height() / 2, plot.left() - 5, fm.height()),
                       Qt.AlignRight | Qt.AlignVCenter, f"{pct}%")
        ty = y(self.target / 100)
        p.setPen(QPen(ink, 1.5, Qt.DashLine))
        p.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty))
        p.setPen(ink)
        p.drawText(QRectF(plot.left(), 0, plot.width(), fm.height() + 2), Qt.AlignRight | Qt.AlignVCenter,
                   self.tr("- - target {target}%   \u25cf share (QS1+QS2)   | 95% interval").format(
                       target=self.target))
        step = plot.width() / len(self.rows)
        sample = fm.horizontalAdvance(month_label("2025-03", short=True) + " ")  # 'Mar 25 ' in English
        every = max(1, -(-len(self.rows) * sample // max(int(plot.width()), 1)))
        label_points = step >= fm.horizontalAdvance("100%") + 14
        points = []
        for i, (key, c) in enumerate(self.rows):
            cx = plot.left() + step * (i + 0.5)
            if i % every == 0:
                p.setPen(MUTED)
                text = month_label(key, short=True)
                w = fm.horizontalAdvance(text)
                p.drawText(QRectF(cx - w / 2 - 2, plot.bottom() + 4, w + 4, fm.height()), Qt.AlignCenter, text)
            if not c.total:
                continue
            lo, hi = c.satisfactory_interval()
            p.setPen(QPen(MUTED, 1.2))
            p.drawLine(QPointF(cx, y(lo)), QPointF(cx, y(hi)))
            p.drawLine(QPointF(cx - 3, y(lo)), QPointF(cx + 3, y(lo)))
            p.drawLine(QPointF(cx - 3, y(hi)), QPointF(cx + 3, y(hi)))
            points.append((cx, y(c.satisfactory / c.total), c))
        if len(points) > 1:
            path = QPainterPath(QPointF(points[0][0], points[0][1]))
            for px, py, _ in points[1:]:
                path.lineTo(px, py)
            p.setPen(QPen(SHARE, 2))
            p.setBrush(Qt.NoBrush)
            p.drawPath(path)
        for px, py, c in points:
            p.setPen(QPen(QColor("white"), 1))
            p.setBrush(SHARE)
            p.drawEllipse(QPointF(px, py), 3.5, 3.5)
            if label_points:  # to the right of the point, clear of its whisker, on the background
                text = f"{c.pct(c.satisfactory)}%"
                box = QRectF(px + 5, py - fm.height() - 1, fm.horizontalAdvance(text) + 3, fm.height())
                p.setPen(Qt.NoPen)
                p.setBrush(self.palette().color(QPalette.Window))
                p.drawRect(box)
                p.setPen(ink)
                p.drawText(box, Qt.AlignCenter, text)
