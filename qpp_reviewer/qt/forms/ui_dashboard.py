# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QToolButton, QVBoxLayout

from qpp_reviewer.qt.charts import (BandChart, SatisfactionGauge, TrendChart)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.layout = QVBoxLayout(DashboardPage)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.unitFilter = QComboBox(DashboardPage)
        self.unitFilter.setObjectName(u"unitFilter")

        self.filterRow.addWidget(self.unitFilter)

        self.productFilter = QComboBox(DashboardPage)
        self.productFilter.setObjectName(u"productFilter")

        self.filterRow.addWidget(self.productFilter)

        self.streamFilter = QComboBox(DashboardPage)
        self.streamFilter.setObjectName(u"streamFilter")

        self.filterRow.addWidget(self.streamFilter)

        self.reviewerFilter = QComboBox(DashboardPage)
        self.reviewerFilter.setObjectName(u"reviewerFilter")

        self.filterRow.addWidget(self.reviewerFilter)

        self.filterSpacerTop = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacerTop)


        self.layout.addLayout(self.filterRow)

        self.filterRow2 = QHBoxLayout()
        self.filterRow2.setObjectName(u"filterRow2")
        self.fromLabel = QLabel(DashboardPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow2.addWidget(self.fromLabel)

        self.dateFrom = QDateEdit(DashboardPage)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setDisplayFormat(u"dd MMM yyyy")

        self.filterRow2.addWidget(self.dateFrom)

        self.toLabel = QLabel(DashboardPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow2.addWidget(self.toLabel)

        self.dateTo = QDateEdit(DashboardPage)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setDisplayFormat(u"dd MMM yyyy")

        self.filterRow2.addWidget(self.dateTo)

        self.clearFilters = QToolButton(DashboardPage)
        self.clearFilters.setObjectName(u"clearFilters")

        self.filterRow2.addWidget(self.clearFilters)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow2.addItem(self.filterSpacer)

        self.periodReportButton = QPushButton(DashboardPage)
        self.periodReportButton.setObjectName(u"periodReportButton")

        self.filterRow2.addWidget(self.periodReportButton)


        self.layout.addLayout(self.filterRow2)

        self.shareFrame = QFrame(DashboardPage)
        self.shareFrame.setObjectName(u"shareFrame")
        self.shareFrame.setFrameShape(QFrame.StyledPanel)
        self.shareLayout = QHBoxLayout(self.shareFrame)
        self.shareLayout.setObjectName(u"shareLayout")
        self.headlineLabel = QLabel(self.shareFrame)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setTextFormat(Qt.RichText)
        self.headlineLabel.setWordWrap(True)
        self.headlineLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.headlineLabel.sizePolicy().hasHeightForWidth())
        self.headlineLabel.setSizePolicy(sizePolicy)

        self.shareLayout.addWidget(self.headlineLabel)

        self.gauge = SatisfactionGauge(self.shareFrame)
        self.gauge.setObjectName(u"gauge")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.gauge.sizePolicy().hasHeightForWidth())
        self.gauge.setSizePolicy(sizePolicy1)

        self.shareLayout.addWidget(self.gauge)


        self.layout.addWidget(self.shareFrame)

        self.mainSplitter = QSplitter(DashboardPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.chartSplitter = QSplitter(self.mainSplitter)
        self.chartSplitter.setObjectName(u"chartSplitter")
        self.chartSplitter.setOrientation(Qt.Horizontal)
        self.chartSplitter.setChildrenCollapsible(False)
        self.bandsBox = QGroupBox(self.chartSplitter)
        self.bandsBox.setObjectName(u"bandsBox")
        self.bandsLayout = QVBoxLayout(self.bandsBox)
        self.bandsLayout.setObjectName(u"bandsLayout")
        self.bandChart = BandChart(self.bandsBox)
        self.bandChart.setObjectName(u"bandChart")

        self.bandsLayout.addWidget(self.bandChart)

        self.chartSplitter.addWidget(self.bandsBox)
        self.trendBox = QGroupBox(self.chartSplitter)
        self.trendBox.setObjectName(u"trendBox")
        self.trendLayout = QVBoxLayout(self.trendBox)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendChart = TrendChart(self.trendBox)
        self.trendChart.setObjectName(u"trendChart")

        self.trendLayout.addWidget(self.trendChart)

        self.chartSplitter.addWidget(self.trendBox)
        self.mainSplitter.addWidget(self.chartSplitter)
        self.tableSplitter = QSplitter(self.mainSplitter)
        self.tableSplitter.setObjectName(u"tableSplitter")
        self.tableSplitter.setOrientation(Qt.Horizontal)
        self.tableSplitter.setChildrenCollapsible(False)
        self.themesBox = QGroupBox(self.tableSplitter)
        self.themesBox.setObjectName(u"themesBox")
        self.themesLayout = QVBoxLayout(self.themesBox)
        self.themesLayout.setObjectName(u"themesLayout")
        self.themesTable = QTableView(self.themesBox)
        self.themesTable.setObjectName(u"themesTable")
        self.themesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.themesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.themesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.themesTable.setAlternatingRowColors(True)
        self.themesTable.setWordWrap(False)

        self.themesLayout.addWidget(self.themesTable)

        self.themesNote = QLabel(self.themesBox)
        self.themesNote.setObjectName(u"themesNote")
        self.themesNote.setWordWrap(True)

        self.themesLayout.addWidget(self.themesNote)

        self.tableSplitter.addWidget(self.themesBox)
        self.monthsBox = QGroupBox(self.tableSplitter)
        self.monthsBox.setObjectName(u"monthsBox")
        self.monthsLayout = QVBoxLayout(self.monthsBox)
        self.monthsLayout.setObjectName(u"monthsLayout")
        self.monthsTable = QTableView(self.monthsBox)
        self.monthsTable.setObjectName(u"monthsTable")
        self.monthsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.monthsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.monthsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.monthsTable.setAlternatingRowColors(True)
        self.monthsTable.setWordWrap(False)

        self.monthsLayout.addWidget(self.monthsTable)

        self.monthsNote = QLabel(self.monthsBox)
        self.monthsNote.setObjectName(u"monthsNote")
        self.monthsNote.setWordWrap(True)

        self.monthsLayout.addWidget(self.monthsNote)

        self.tableSplitter.addWidget(self.monthsBox)
        self.mainSplitter.addWidget(self.tableSplitter)

        self.layout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.dateFrom)
        self.toLabel.setBuddy(self.dateTo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
#if QT_CONFIG(accessibility)
        self.unitFilter.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Unit filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitFilter.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Count only reviews of one unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.productFilter.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Product filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.productFilter.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Count only interviews or only decisions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.streamFilter.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Stream filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.streamFilter.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Count only reviews of one stream", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewerFilter.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Reviewer filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewerFilter.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Count only one reviewer's reviews", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("DashboardPage", u"From", None))
        self.dateFrom.setSpecialValueText(QCoreApplication.translate("DashboardPage", u"any date", None))
#if QT_CONFIG(accessibility)
        self.dateFrom.setAccessibleName(QCoreApplication.translate("DashboardPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateFrom.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Count only interviews or decisions on or after this date", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("DashboardPage", u"to", None))
        self.dateTo.setSpecialValueText(QCoreApplication.translate("DashboardPage", u"any date", None))
#if QT_CONFIG(accessibility)
        self.dateTo.setAccessibleName(QCoreApplication.translate("DashboardPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateTo.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Count only interviews or decisions on or before this date", None))
#endif // QT_CONFIG(accessibility)
        self.clearFilters.setText(QCoreApplication.translate("DashboardPage", u"Clear filters", None))
#if QT_CONFIG(accessibility)
        self.clearFilters.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Clear filters", None))
#endif // QT_CONFIG(accessibility)
        self.periodReportButton.setText(QCoreApplication.translate("DashboardPage", u"&Period report\u2026", None))
#if QT_CONFIG(accessibility)
        self.periodReportButton.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Write a PDF report of the reviews these filters select", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.headlineLabel.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Satisfactory share", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.gauge.setToolTip(QCoreApplication.translate("DashboardPage", u"Satisfactory share (bar), its 95% interval (whisker) and the target (dashed line); click to list the satisfactory reviews", None))
#endif // QT_CONFIG(tooltip)
        self.bandsBox.setTitle(QCoreApplication.translate("DashboardPage", u"Quality bands", None))
#if QT_CONFIG(tooltip)
        self.bandChart.setToolTip(QCoreApplication.translate("DashboardPage", u"Click a bar to list its reviews", None))
#endif // QT_CONFIG(tooltip)
        self.trendBox.setTitle(QCoreApplication.translate("DashboardPage", u"Satisfactory share by month", None))
#if QT_CONFIG(tooltip)
        self.trendChart.setToolTip(QCoreApplication.translate("DashboardPage", u"Click a month to list its reviews", None))
#endif // QT_CONFIG(tooltip)
        self.themesBox.setTitle(QCoreApplication.translate("DashboardPage", u"Top failing criteria", None))
#if QT_CONFIG(accessibility)
        self.themesTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Top failing criteria", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themesTable.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Criteria most often found in error. Click a number, or press Enter, to list the reviews behind it", None))
#endif // QT_CONFIG(accessibility)
        self.monthsBox.setTitle(QCoreApplication.translate("DashboardPage", u"By month", None))
#if QT_CONFIG(accessibility)
        self.monthsTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Figures by month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.monthsTable.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Complete reviews, satisfactory share, 95% interval and target by month. Click a number, or press Enter, to list the reviews behind it", None))
#endif // QT_CONFIG(accessibility)
        self.monthsNote.setText(QCoreApplication.translate("DashboardPage", u"* The 95% interval contains the target: the data cannot tell whether it is met. Excluded: reviews not complete, not counted.", None))
        pass
    # retranslateUi
