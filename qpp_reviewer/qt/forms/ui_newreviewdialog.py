# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'newreviewdialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_NewReviewDialog(object):
    def setupUi(self, NewReviewDialog):
        if not NewReviewDialog.objectName():
            NewReviewDialog.setObjectName(u"NewReviewDialog")
        NewReviewDialog.resize(520, 520)
        NewReviewDialog.setModal(True)
        self.mainLayout = QVBoxLayout(NewReviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(NewReviewDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setVerticalSpacing(2)
        self.caseReferenceLabel = QLabel(NewReviewDialog)
        self.caseReferenceLabel.setObjectName(u"caseReferenceLabel")

        self.form.addWidget(self.caseReferenceLabel, 0, 0, 1, 1)

        self.caseReference = QLineEdit(NewReviewDialog)
        self.caseReference.setObjectName(u"caseReference")
        self.caseReference.setPlaceholderText(u"L1234567/001")
        self.caseReference.setMaxLength(64)

        self.form.addWidget(self.caseReference, 0, 1, 1, 1)

        self.caseReferenceError = QLabel(NewReviewDialog)
        self.caseReferenceError.setObjectName(u"caseReferenceError")
        self.caseReferenceError.setVisible(False)
        self.caseReferenceError.setWordWrap(True)
        self.caseReferenceError.setProperty(u"class", u"fieldError")

        self.form.addWidget(self.caseReferenceError, 1, 1, 1, 1)

        self.unitLabel = QLabel(NewReviewDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.addWidget(self.unitLabel, 2, 0, 1, 1)

        self.unitRow = QHBoxLayout()
        self.unitRow.setObjectName(u"unitRow")
        self.unit = QComboBox(NewReviewDialog)
        self.unit.setObjectName(u"unit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.unit.sizePolicy().hasHeightForWidth())
        self.unit.setSizePolicy(sizePolicy)

        self.unitRow.addWidget(self.unit)

        self.addUnitButton = QToolButton(NewReviewDialog)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.unitRow.addWidget(self.addUnitButton)


        self.form.addLayout(self.unitRow, 2, 1, 1, 1)

        self.unitError = QLabel(NewReviewDialog)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setVisible(False)
        self.unitError.setWordWrap(True)
        self.unitError.setProperty(u"class", u"fieldError")

        self.form.addWidget(self.unitError, 3, 1, 1, 1)

        self.productLabel = QLabel(NewReviewDialog)
        self.productLabel.setObjectName(u"productLabel")

        self.form.addWidget(self.productLabel, 4, 0, 1, 1)

        self.product = QComboBox(NewReviewDialog)
        self.product.setObjectName(u"product")

        self.form.addWidget(self.product, 4, 1, 1, 1)

        self.productError = QLabel(NewReviewDialog)
        self.productError.setObjectName(u"productError")
        self.productError.setVisible(False)
        self.productError.setWordWrap(True)
        self.productError.setProperty(u"class", u"fieldError")

        self.form.addWidget(self.productError, 5, 1, 1, 1)

        self.outcomeLabel = QLabel(NewReviewDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.addWidget(self.outcomeLabel, 6, 0, 1, 1)

        self.outcome = QComboBox(NewReviewDialog)
        self.outcome.setObjectName(u"outcome")

        self.form.addWidget(self.outcome, 6, 1, 1, 1)

        self.outcomeError = QLabel(NewReviewDialog)
        self.outcomeError.setObjectName(u"outcomeError")
        self.outcomeError.setVisible(False)
        self.outcomeError.setWordWrap(True)
        self.outcomeError.setProperty(u"class", u"fieldError")

        self.form.addWidget(self.outcomeError, 7, 1, 1, 1)

        self.productDateLabel = QLabel(NewReviewDialog)
        self.productDateLabel.setObjectName(u"productDateLabel")

        self.form.addWidget(self.productDateLabel, 8, 0, 1, 1)

        self.productDate = QDateEdit(NewReviewDialog)
        self.productDate.setObjectName(u"productDate")
        self.productDate.setCalendarPopup(True)
        self.productDate.setDisplayFormat(u"dd MMM yyyy")

        self.form.addWidget(self.productDate, 8, 1, 1, 1)

        self.productDateError = QLabel(NewReviewDialog)
        self.productDateError.setObjectName(u"productDateError")
        self.productDateError.setVisible(False)
        self.productDateError.setWordWrap(True)
        self.productDateError.setProperty(u"class", u"fieldError")

        self.form.addWidget(self.productDateError, 9, 1, 1, 1)

        self.decisionMakerLabel = QLabel(NewReviewDialog)
        self.decisionMakerLabel.setObjectName(u"decisionMakerLabel")

        self.form.addWidget(self.decisionMakerLabel, 10, 0, 1, 1)

        self.decisionMaker = QLineEdit(NewReviewDialog)
        self.decisionMaker.setObjectName(u"decisionMaker")
        self.decisionMaker.setPlaceholderText(u"DM1234")
        self.decisionMaker.setMaxLength(64)

        self.form.addWidget(self.decisionMaker, 10, 1, 1, 1)

        self.decisionMakerError = QLabel(NewReviewDialog)
        self.decisionMakerError.setObjectName(u"decisionMakerError")
        self.decisionMakerError.setVisible(False)
        self.decisionMakerError.setWordWrap(True)
        self.decisionMakerError.setProperty(u"class", u"fieldError")

        self.form.addWidget(self.decisionMakerError, 11, 1, 1, 1)

        self.streamLabel = QLabel(NewReviewDialog)
        self.streamLabel.setObjectName(u"streamLabel")

        self.form.addWidget(self.streamLabel, 12, 0, 1, 1)

        self.stream = QComboBox(NewReviewDialog)
        self.stream.setObjectName(u"stream")

        self.form.addWidget(self.stream, 12, 1, 1, 1)

        self.streamError = QLabel(NewReviewDialog)
        self.streamError.setObjectName(u"streamError")
        self.streamError.setVisible(False)
        self.streamError.setWordWrap(True)
        self.streamError.setProperty(u"class", u"fieldError")

        self.form.addWidget(self.streamError, 13, 1, 1, 1)

        self.reviewerLabel = QLabel(NewReviewDialog)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.form.addWidget(self.reviewerLabel, 14, 0, 1, 1)

        self.reviewer = QLineEdit(NewReviewDialog)
        self.reviewer.setObjectName(u"reviewer")
        self.reviewer.setMaxLength(100)

        self.form.addWidget(self.reviewer, 14, 1, 1, 1)

        self.reviewerError = QLabel(NewReviewDialog)
        self.reviewerError.setObjectName(u"reviewerError")
        self.reviewerError.setVisible(False)
        self.reviewerError.setWordWrap(True)
        self.reviewerError.setProperty(u"class", u"fieldError")

        self.form.addWidget(self.reviewerError, 15, 1, 1, 1)


        self.mainLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(NewReviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.caseReferenceLabel.setBuddy(self.caseReference)
        self.unitLabel.setBuddy(self.unit)
        self.productLabel.setBuddy(self.product)
        self.outcomeLabel.setBuddy(self.outcome)
        self.productDateLabel.setBuddy(self.productDate)
        self.decisionMakerLabel.setBuddy(self.decisionMaker)
        self.streamLabel.setBuddy(self.stream)
        self.reviewerLabel.setBuddy(self.reviewer)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.caseReference, self.unit)
        QWidget.setTabOrder(self.unit, self.addUnitButton)
        QWidget.setTabOrder(self.addUnitButton, self.product)
        QWidget.setTabOrder(self.product, self.outcome)
        QWidget.setTabOrder(self.outcome, self.productDate)
        QWidget.setTabOrder(self.productDate, self.decisionMaker)
        QWidget.setTabOrder(self.decisionMaker, self.stream)
        QWidget.setTabOrder(self.stream, self.reviewer)

        self.retranslateUi(NewReviewDialog)
        self.buttons.rejected.connect(NewReviewDialog.reject)
    # setupUi

    def retranslateUi(self, NewReviewDialog):
        NewReviewDialog.setWindowTitle(QCoreApplication.translate("NewReviewDialog", u"New review", None))
        self.intro.setText(QCoreApplication.translate("NewReviewDialog", u"Identify the case by its reference only. Every field is checked as you type.", None))
        self.caseReferenceLabel.setText(QCoreApplication.translate("NewReviewDialog", u"Case &reference", None))
#if QT_CONFIG(accessibility)
        self.caseReference.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Case reference", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseReference.setAccessibleDescription(QCoreApplication.translate("NewReviewDialog", u"Home Office case reference, e.g. L1234567/001 (no names)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.caseReference.setToolTip(QCoreApplication.translate("NewReviewDialog", u"Home Office case reference, e.g. L1234567/001 (no names)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.caseReferenceError.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Case reference problem", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("NewReviewDialog", u"&Unit", None))
#if QT_CONFIG(accessibility)
        self.unit.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unit.setAccessibleDescription(QCoreApplication.translate("NewReviewDialog", u"Decision-making unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.unit.setToolTip(QCoreApplication.translate("NewReviewDialog", u"Decision-making unit", None))
#endif // QT_CONFIG(tooltip)
        self.addUnitButton.setText(QCoreApplication.translate("NewReviewDialog", u"Add unit\u2026", None))
#if QT_CONFIG(accessibility)
        self.addUnitButton.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Add unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addUnitButton.setAccessibleDescription(QCoreApplication.translate("NewReviewDialog", u"Add a decision-making unit to the list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitError.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Unit problem", None))
#endif // QT_CONFIG(accessibility)
        self.productLabel.setText(QCoreApplication.translate("NewReviewDialog", u"&Product", None))
#if QT_CONFIG(accessibility)
        self.product.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Product", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.product.setAccessibleDescription(QCoreApplication.translate("NewReviewDialog", u"What is reviewed: the substantive interview or the decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.product.setToolTip(QCoreApplication.translate("NewReviewDialog", u"What is reviewed: the substantive interview or the decision", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.productError.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Product problem", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("NewReviewDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleDescription(QCoreApplication.translate("NewReviewDialog", u"The decision's outcome (decisions only)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.outcome.setToolTip(QCoreApplication.translate("NewReviewDialog", u"The decision's outcome (decisions only)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.outcomeError.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Outcome problem", None))
#endif // QT_CONFIG(accessibility)
        self.productDateLabel.setText(QCoreApplication.translate("NewReviewDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.productDate.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.productDate.setAccessibleDescription(QCoreApplication.translate("NewReviewDialog", u"Date of the interview or decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.productDate.setToolTip(QCoreApplication.translate("NewReviewDialog", u"Date of the interview or decision", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.productDateError.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Date problem", None))
#endif // QT_CONFIG(accessibility)
        self.decisionMakerLabel.setText(QCoreApplication.translate("NewReviewDialog", u"Decision &maker", None))
#if QT_CONFIG(accessibility)
        self.decisionMaker.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Decision maker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisionMaker.setAccessibleDescription(QCoreApplication.translate("NewReviewDialog", u"Decision maker's staff reference, not a name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.decisionMaker.setToolTip(QCoreApplication.translate("NewReviewDialog", u"Decision maker's staff reference, not a name", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.decisionMakerError.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Decision maker problem", None))
#endif // QT_CONFIG(accessibility)
        self.streamLabel.setText(QCoreApplication.translate("NewReviewDialog", u"&Stream", None))
#if QT_CONFIG(accessibility)
        self.stream.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Stream", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stream.setAccessibleDescription(QCoreApplication.translate("NewReviewDialog", u"Why this case is reviewed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.stream.setToolTip(QCoreApplication.translate("NewReviewDialog", u"Why this case is reviewed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.streamError.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Stream problem", None))
#endif // QT_CONFIG(accessibility)
        self.reviewerLabel.setText(QCoreApplication.translate("NewReviewDialog", u"Re&viewer", None))
#if QT_CONFIG(accessibility)
        self.reviewer.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Reviewer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewer.setAccessibleDescription(QCoreApplication.translate("NewReviewDialog", u"Your name or initials", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reviewer.setToolTip(QCoreApplication.translate("NewReviewDialog", u"Your name or initials", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reviewerError.setAccessibleName(QCoreApplication.translate("NewReviewDialog", u"Reviewer problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
