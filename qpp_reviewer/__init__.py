"""QPP Reviewer: quality review of asylum interviews and decisions.

The package root is the Qt-free core; the Qt application lives in
``qpp_reviewer.qt`` and is only imported when the window is opened.
"""

__version__ = "0.1.0"
APP_NAME = "QPP Reviewer"
ORG_NAME = "QPP"
