# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revieweditor.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QSplitter, QTextBrowser, QTreeView, QVBoxLayout, QWidget

class Ui_ReviewEditor(object):
    def setupUi(self, ReviewEditor):
        if not ReviewEditor.objectName():
            ReviewEditor.setObjectName(u"ReviewEditor")
        self.layout = QVBoxLayout(ReviewEditor)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.headerLabel = QLabel(ReviewEditor)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.RichText)
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.topRow.addWidget(self.headerLabel)

        self.bandFrame = QFrame(ReviewEditor)
        self.bandFrame.setObjectName(u"bandFrame")
        self.bandFrame.setFrameShape(QFrame.StyledPanel)
        self.bandLayout = QGridLayout(self.bandFrame)
        self.bandLayout.setObjectName(u"bandLayout")
        self.bandLabel = QLabel(self.bandFrame)
        self.bandLabel.setObjectName(u"bandLabel")
        self.bandLabel.setMinimumSize(QSize(84, 0))
        self.bandLabel.setAlignment(Qt.AlignCenter)
        self.bandLabel.setProperty(u"class", u"band")

        self.bandLayout.addWidget(self.bandLabel, 0, 0, 2, 1)

        self.reasonLabel = QLabel(self.bandFrame)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.bandLayout.addWidget(self.reasonLabel, 0, 1, 1, 1)

        self.shareLabel = QLabel(self.bandFrame)
        self.shareLabel.setObjectName(u"shareLabel")

        self.bandLayout.addWidget(self.shareLabel, 1, 1, 1, 1)

        self.judgementRow = QHBoxLayout()
        self.judgementRow.setObjectName(u"judgementRow")
        self.judgementLabel = QLabel(self.bandFrame)
        self.judgementLabel.setObjectName(u"judgementLabel")

        self.judgementRow.addWidget(self.judgementLabel)

        self.judgementCombo = QComboBox(self.bandFrame)
        self.judgementCombo.setObjectName(u"judgementCombo")

        self.judgementRow.addWidget(self.judgementCombo)


        self.bandLayout.addLayout(self.judgementRow, 2, 0, 1, 2)


        self.topRow.addWidget(self.bandFrame)


        self.layout.addLayout(self.topRow)

        self.splitter = QSplitter(ReviewEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.criteriaView = QTreeView(self.splitter)
        self.criteriaView.setObjectName(u"criteriaView")
        self.criteriaView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.criteriaView.setAlternatingRowColors(True)
        self.criteriaView.setUniformRowHeights(True)
        self.criteriaView.setAllColumnsShowFocus(True)
        self.criteriaView.setIndentation(14)
        self.splitter.addWidget(self.criteriaView)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.criterionTitle = QLabel(self.detailPanel)
        self.criterionTitle.setObjectName(u"criterionTitle")
        self.criterionTitle.setWordWrap(True)
        self.criterionTitle.setProperty(u"class", u"criterionTitle")

        self.detailLayout.addWidget(self.criterionTitle)

        self.questionLabel = QLabel(self.detailPanel)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.questionLabel)

        self.guidanceBrowser = QTextBrowser(self.detailPanel)
        self.guidanceBrowser.setObjectName(u"guidanceBrowser")
        self.guidanceBrowser.setOpenLinks(False)
        self.guidanceBrowser.setFocusPolicy(Qt.ClickFocus)

        self.detailLayout.addWidget(self.guidanceBrowser)

        self.findingBox = QGroupBox(self.detailPanel)
        self.findingBox.setObjectName(u"findingBox")
        self.findingLayout = QGridLayout(self.findingBox)
        self.findingLayout.setObjectName(u"findingLayout")
        self.noErrorButton = QRadioButton(self.findingBox)
        self.noErrorButton.setObjectName(u"noErrorButton")

        self.findingLayout.addWidget(self.noErrorButton, 0, 0, 1, 1)

        self.minorButton = QRadioButton(self.findingBox)
        self.minorButton.setObjectName(u"minorButton")

        self.findingLayout.addWidget(self.minorButton, 0, 1, 1, 1)

        self.significantButton = QRadioButton(self.findingBox)
        self.significantButton.setObjectName(u"significantButton")

        self.findingLayout.addWidget(self.significantButton, 0, 2, 1, 1)

        self.failButton = QRadioButton(self.findingBox)
        self.failButton.setObjectName(u"failButton")

        self.findingLayout.addWidget(self.failButton, 1, 0, 1, 1)

        self.notApplicableButton = QRadioButton(self.findingBox)
        self.notApplicableButton.setObjectName(u"notApplicableButton")

        self.findingLayout.addWidget(self.notApplicableButton, 1, 1, 1, 1)


        self.detailLayout.addWidget(self.findingBox)

        self.commentLabel = QLabel(self.detailPanel)
        self.commentLabel.setObjectName(u"commentLabel")

        self.detailLayout.addWidget(self.commentLabel)

        self.commentEdit = QPlainTextEdit(self.detailPanel)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.detailLayout.addWidget(self.commentEdit)

        self.splitter.addWidget(self.detailPanel)

        self.layout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.progressLabel = QLabel(ReviewEditor)
        self.progressLabel.setObjectName(u"progressLabel")

        self.bottomRow.addWidget(self.progressLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.exportFeedbackButton = QPushButton(ReviewEditor)
        self.exportFeedbackButton.setObjectName(u"exportFeedbackButton")

        self.bottomRow.addWidget(self.exportFeedbackButton)

        self.reopenButton = QPushButton(ReviewEditor)
        self.reopenButton.setObjectName(u"reopenButton")

        self.bottomRow.addWidget(self.reopenButton)

        self.completeButton = QPushButton(ReviewEditor)
        self.completeButton.setObjectName(u"completeButton")

        self.bottomRow.addWidget(self.completeButton)


        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.judgementLabel.setBuddy(self.judgementCombo)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewEditor)
    # setupUi

    def retranslateUi(self, ReviewEditor):
#if QT_CONFIG(accessibility)
        self.headerLabel.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Case details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bandFrame.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Quality band", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bandLabel.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Band", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reasonLabel.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Reason for the band", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shareLabel.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Minor-error share", None))
#endif // QT_CONFIG(accessibility)
        self.judgementLabel.setText(QCoreApplication.translate("ReviewEditor", u"Fail error: is the &outcome reliable?", None))
#if QT_CONFIG(accessibility)
        self.judgementCombo.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Outcome judgement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.judgementCombo.setAccessibleDescription(QCoreApplication.translate("ReviewEditor", u"With a fail error, judge whether the outcome is probably correct (QS4) or probably wrong (QS5)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.criteriaView.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Checklist", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.criteriaView.setAccessibleDescription(QCoreApplication.translate("ReviewEditor", u"Criteria by section. Keys: 1 or O no error, 2 or M minor, 3 or S significant, 4 or F fail, 5 or X not applicable; Up and Down move between criteria; Ctrl+Down next section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.criterionTitle.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Criterion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionLabel.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Question", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.guidanceBrowser.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Guidance", None))
#endif // QT_CONFIG(accessibility)
        self.findingBox.setTitle(QCoreApplication.translate("ReviewEditor", u"Finding", None))
#if QT_CONFIG(accessibility)
        self.findingBox.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Finding", None))
#endif // QT_CONFIG(accessibility)
        self.noErrorButton.setText(QCoreApplication.translate("ReviewEditor", u"&1 No error", None))
        self.minorButton.setText(QCoreApplication.translate("ReviewEditor", u"&2 Minor", None))
        self.significantButton.setText(QCoreApplication.translate("ReviewEditor", u"&3 Significant", None))
        self.failButton.setText(QCoreApplication.translate("ReviewEditor", u"&4 Fail", None))
        self.notApplicableButton.setText(QCoreApplication.translate("ReviewEditor", u"&5 Not applicable", None))
        self.commentLabel.setText(QCoreApplication.translate("ReviewEditor", u"Co&mment", None))
#if QT_CONFIG(accessibility)
        self.commentEdit.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.commentEdit.setAccessibleDescription(QCoreApplication.translate("ReviewEditor", u"Explain the error for the decision maker. Saved as you type. Esc returns to the checklist.", None))
#endif // QT_CONFIG(accessibility)
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("ReviewEditor", u"What was wrong, and what good would look like. Required for any error.", None))
#if QT_CONFIG(accessibility)
        self.progressLabel.setAccessibleName(QCoreApplication.translate("ReviewEditor", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.exportFeedbackButton.setText(QCoreApplication.translate("ReviewEditor", u"Export feedback\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportFeedbackButton.setToolTip(QCoreApplication.translate("ReviewEditor", u"Write this review's feedback sheet for the decision maker as a PDF (Ctrl+Shift+F)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportFeedbackButton.setAccessibleDescription(QCoreApplication.translate("ReviewEditor", u"Write this review's feedback sheet for the decision maker as a PDF", None))
#endif // QT_CONFIG(accessibility)
        self.reopenButton.setText(QCoreApplication.translate("ReviewEditor", u"&Reopen\u2026", None))
#if QT_CONFIG(accessibility)
        self.reopenButton.setAccessibleDescription(QCoreApplication.translate("ReviewEditor", u"Reopen this complete review; a reason is required", None))
#endif // QT_CONFIG(accessibility)
        self.completeButton.setText(QCoreApplication.translate("ReviewEditor", u"Complete revie&w", None))
#if QT_CONFIG(accessibility)
        self.completeButton.setAccessibleDescription(QCoreApplication.translate("ReviewEditor", u"Mark the review complete once every criterion has a finding and every error a comment", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
