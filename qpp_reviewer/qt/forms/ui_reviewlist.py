# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reviewlist.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QToolButton, QVBoxLayout, QWidget

class Ui_ReviewListPage(object):
    def setupUi(self, ReviewListPage):
        if not ReviewListPage.objectName():
            ReviewListPage.setObjectName(u"ReviewListPage")
        self.layout = QVBoxLayout(ReviewListPage)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(ReviewListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.unitFilter = QComboBox(ReviewListPage)
        self.unitFilter.setObjectName(u"unitFilter")

        self.filterRow.addWidget(self.unitFilter)

        self.productFilter = QComboBox(ReviewListPage)
        self.productFilter.setObjectName(u"productFilter")

        self.filterRow.addWidget(self.productFilter)

        self.streamFilter = QComboBox(ReviewListPage)
        self.streamFilter.setObjectName(u"streamFilter")

        self.filterRow.addWidget(self.streamFilter)

        self.bandFilter = QComboBox(ReviewListPage)
        self.bandFilter.setObjectName(u"bandFilter")

        self.filterRow.addWidget(self.bandFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.filterRow2 = QHBoxLayout()
        self.filterRow2.setObjectName(u"filterRow2")
        self.statusFilter = QComboBox(ReviewListPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow2.addWidget(self.statusFilter)

        self.reviewerFilter = QComboBox(ReviewListPage)
        self.reviewerFilter.setObjectName(u"reviewerFilter")

        self.filterRow2.addWidget(self.reviewerFilter)

        self.fromLabel = QLabel(ReviewListPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow2.addWidget(self.fromLabel)

        self.dateFrom = QDateEdit(ReviewListPage)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setDisplayFormat(u"dd MMM yyyy")

        self.filterRow2.addWidget(self.dateFrom)

        self.toLabel = QLabel(ReviewListPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow2.addWidget(self.toLabel)

        self.dateTo = QDateEdit(ReviewListPage)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setDisplayFormat(u"dd MMM yyyy")

        self.filterRow2.addWidget(self.dateTo)

        self.filterSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow2.addItem(self.filterSpacer2)

        self.addToBatchButton = QToolButton(ReviewListPage)
        self.addToBatchButton.setObjectName(u"addToBatchButton")

        self.filterRow2.addWidget(self.addToBatchButton)

        self.clearFilters = QToolButton(ReviewListPage)
        self.clearFilters.setObjectName(u"clearFilters")

        self.filterRow2.addWidget(self.clearFilters)


        self.layout.addLayout(self.filterRow2)

        self.idsBanner = QFrame(ReviewListPage)
        self.idsBanner.setObjectName(u"idsBanner")
        self.idsBanner.setFrameShape(QFrame.StyledPanel)
        self.idsBanner.setStyleSheet(u"QFrame#idsBanner { background: #e8f0fb; border: 1px solid #9bbbe6; border-radius: 4px; }")
        self.idsBannerLayout = QHBoxLayout(self.idsBanner)
        self.idsBannerLayout.setObjectName(u"idsBannerLayout")
        self.idsBannerLayout.setContentsMargins(-1, 3, -1, 3)
        self.idsLabel = QLabel(self.idsBanner)
        self.idsLabel.setObjectName(u"idsLabel")
        self.idsLabel.setTextFormat(Qt.PlainText)
        self.idsLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.idsLabel.sizePolicy().hasHeightForWidth())
        self.idsLabel.setSizePolicy(sizePolicy)

        self.idsBannerLayout.addWidget(self.idsLabel)

        self.clearIdsButton = QToolButton(self.idsBanner)
        self.clearIdsButton.setObjectName(u"clearIdsButton")

        self.idsBannerLayout.addWidget(self.clearIdsButton)


        self.layout.addWidget(self.idsBanner)

        self.stack = QStackedWidget(ReviewListPage)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.topSpacer)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setAlignment(Qt.AlignCenter)
        self.emptyTitle.setProperty(u"class", u"emptyTitle")

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setAlignment(Qt.AlignCenter)
        self.emptyText.setWordWrap(True)
        self.emptyText.setTextFormat(Qt.RichText)

        self.emptyLayout.addWidget(self.emptyText)

        self.emptyButtonRow = QHBoxLayout()
        self.emptyButtonRow.setObjectName(u"emptyButtonRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonRow.addItem(self.leftSpacer)

        self.emptyNewButton = QPushButton(self.emptyPage)
        self.emptyNewButton.setObjectName(u"emptyNewButton")

        self.emptyButtonRow.addWidget(self.emptyNewButton)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonRow.addItem(self.rightSpacer)


        self.emptyLayout.addLayout(self.emptyButtonRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.bottomSpacer)

        self.stack.addWidget(self.emptyPage)
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.tablePage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)

        self.tableLayout.addWidget(self.table)

        self.stack.addWidget(self.tablePage)

        self.layout.addWidget(self.stack)

        self.countLabel = QLabel(ReviewListPage)
        self.countLabel.setObjectName(u"countLabel")

        self.layout.addWidget(self.countLabel)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.dateFrom)
        self.toLabel.setBuddy(self.dateTo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewListPage)

        self.emptyNewButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReviewListPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReviewListPage", u"Find case reference\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Find case reference", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Show only reviews whose case reference contains this text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitFilter.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Unit filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitFilter.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Show only reviews of one unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.productFilter.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Product filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.productFilter.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Show only interviews or only decisions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.streamFilter.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Stream filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.streamFilter.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Show only reviews of one stream", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bandFilter.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Band filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bandFilter.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Show only reviews with one quality band", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Show only reviews in progress or complete", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewerFilter.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Reviewer filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewerFilter.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Show only one reviewer's reviews", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("ReviewListPage", u"From", None))
        self.dateFrom.setSpecialValueText(QCoreApplication.translate("ReviewListPage", u"any date", None))
#if QT_CONFIG(accessibility)
        self.dateFrom.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateFrom.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Show only interviews or decisions on or after this date", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ReviewListPage", u"to", None))
        self.dateTo.setSpecialValueText(QCoreApplication.translate("ReviewListPage", u"any date", None))
#if QT_CONFIG(accessibility)
        self.dateTo.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateTo.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Show only interviews or decisions on or before this date", None))
#endif // QT_CONFIG(accessibility)
        self.addToBatchButton.setText(QCoreApplication.translate("ReviewListPage", u"Add to &batch\u2026", None))
#if QT_CONFIG(accessibility)
        self.addToBatchButton.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Add selected reviews to a batch", None))
#endif // QT_CONFIG(accessibility)
        self.clearFilters.setText(QCoreApplication.translate("ReviewListPage", u"Clear filters", None))
#if QT_CONFIG(accessibility)
        self.clearFilters.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Clear filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.idsBanner.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Reviews from the dashboard", None))
#endif // QT_CONFIG(accessibility)
        self.clearIdsButton.setText(QCoreApplication.translate("ReviewListPage", u"Show all reviews", None))
#if QT_CONFIG(accessibility)
        self.clearIdsButton.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Stop limiting the list to the reviews chosen on the dashboard; the filters stay", None))
#endif // QT_CONFIG(accessibility)
        self.emptyTitle.setText(QCoreApplication.translate("ReviewListPage", u"No reviews yet", None))
        self.emptyText.setText(QCoreApplication.translate("ReviewListPage", u"To review a case, choose <b>New review</b> (Ctrl+N), enter the case reference, unit and product, then work through the checklist. The quality band (QS1\u2013QS5) is worked out as you go and every change is saved at once.", None))
        self.emptyNewButton.setText(QCoreApplication.translate("ReviewListPage", u"Start a new review", None))
#if QT_CONFIG(accessibility)
        self.emptyNewButton.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Start a new review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ReviewListPage", u"Reviews", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleDescription(QCoreApplication.translate("ReviewListPage", u"Press Enter or double-click to open a review", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
