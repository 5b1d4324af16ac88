# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batchpage.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_BatchPage(object):
    def setupUi(self, BatchPage):
        if not BatchPage.objectName():
            BatchPage.setObjectName(u"BatchPage")
        self.layout = QVBoxLayout(BatchPage)
        self.layout.setObjectName(u"layout")
        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newBatchButton = QPushButton(BatchPage)
        self.newBatchButton.setObjectName(u"newBatchButton")

        self.buttonRow.addWidget(self.newBatchButton)

        self.signOffButton = QPushButton(BatchPage)
        self.signOffButton.setObjectName(u"signOffButton")

        self.buttonRow.addWidget(self.signOffButton)

        self.exportBatchButton = QPushButton(BatchPage)
        self.exportBatchButton.setObjectName(u"exportBatchButton")

        self.buttonRow.addWidget(self.exportBatchButton)

        self.batchReportButton = QPushButton(BatchPage)
        self.batchReportButton.setObjectName(u"batchReportButton")

        self.buttonRow.addWidget(self.batchReportButton)

        self.removeReviewsButton = QPushButton(BatchPage)
        self.removeReviewsButton.setObjectName(u"removeReviewsButton")

        self.buttonRow.addWidget(self.removeReviewsButton)

        self.deleteBatchButton = QPushButton(BatchPage)
        self.deleteBatchButton.setObjectName(u"deleteBatchButton")

        self.buttonRow.addWidget(self.deleteBatchButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonRow)

        self.splitter = QSplitter(BatchPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.batchTable = QTableView(self.splitter)
        self.batchTable.setObjectName(u"batchTable")
        self.batchTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.batchTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.batchTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.batchTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.batchTable)
        self.detail = QWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detailLayout = QVBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.batchTitle = QLabel(self.detail)
        self.batchTitle.setObjectName(u"batchTitle")
        self.batchTitle.setProperty(u"class", u"criterionTitle")
        self.batchTitle.setWordWrap(True)

        self.detailLayout.addWidget(self.batchTitle)

        self.batchInfo = QLabel(self.detail)
        self.batchInfo.setObjectName(u"batchInfo")
        self.batchInfo.setTextFormat(Qt.RichText)
        self.batchInfo.setWordWrap(True)

        self.detailLayout.addWidget(self.batchInfo)

        self.batchReviews = QTableView(self.detail)
        self.batchReviews.setObjectName(u"batchReviews")
        self.batchReviews.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.batchReviews.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.batchReviews.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.batchReviews.setAlternatingRowColors(True)
        self.batchReviews.setSortingEnabled(True)

        self.detailLayout.addWidget(self.batchReviews)

        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(BatchPage)
    # setupUi

    def retranslateUi(self, BatchPage):
        self.newBatchButton.setText(QCoreApplication.translate("BatchPage", u"&New batch\u2026", None))
#if QT_CONFIG(accessibility)
        self.newBatchButton.setAccessibleDescription(QCoreApplication.translate("BatchPage", u"Create an empty batch; add reviews to it from the review list", None))
#endif // QT_CONFIG(accessibility)
        self.signOffButton.setText(QCoreApplication.translate("BatchPage", u"&Sign off\u2026", None))
#if QT_CONFIG(accessibility)
        self.signOffButton.setAccessibleDescription(QCoreApplication.translate("BatchPage", u"Sign the batch off: its reviews are then locked", None))
#endif // QT_CONFIG(accessibility)
        self.exportBatchButton.setText(QCoreApplication.translate("BatchPage", u"&Export to Excel\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportBatchButton.setAccessibleDescription(QCoreApplication.translate("BatchPage", u"Write the batch to an exchange workbook for central collation", None))
#endif // QT_CONFIG(accessibility)
        self.batchReportButton.setText(QCoreApplication.translate("BatchPage", u"Batch re&port\u2026", None))
#if QT_CONFIG(tooltip)
        self.batchReportButton.setToolTip(QCoreApplication.translate("BatchPage", u"Write the batch's PDF report: bands, target, breakdowns, error themes and trend", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.batchReportButton.setAccessibleDescription(QCoreApplication.translate("BatchPage", u"Write the batch's PDF report: bands, target, breakdowns, error themes and trend", None))
#endif // QT_CONFIG(accessibility)
        self.removeReviewsButton.setText(QCoreApplication.translate("BatchPage", u"&Remove selected reviews", None))
#if QT_CONFIG(accessibility)
        self.removeReviewsButton.setAccessibleDescription(QCoreApplication.translate("BatchPage", u"Take the selected reviews out of this batch (the reviews are kept)", None))
#endif // QT_CONFIG(accessibility)
        self.deleteBatchButton.setText(QCoreApplication.translate("BatchPage", u"&Delete batch", None))
#if QT_CONFIG(accessibility)
        self.deleteBatchButton.setAccessibleDescription(QCoreApplication.translate("BatchPage", u"Delete an unsigned batch; its reviews are kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.batchTable.setAccessibleName(QCoreApplication.translate("BatchPage", u"Batches", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.batchInfo.setAccessibleName(QCoreApplication.translate("BatchPage", u"Band distribution", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.batchReviews.setAccessibleName(QCoreApplication.translate("BatchPage", u"Reviews in the batch", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.batchReviews.setAccessibleDescription(QCoreApplication.translate("BatchPage", u"Press Enter or double-click to open a review", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
