// AboutDialog: Help ▸ About Shardscope: the version, what the program is, the
// versions of the libraries it was built with, and their licences (Qt under
// the LGPL v3, SQLite in the public domain, nlohmann/json under the MIT
// licence, whose notice must travel with the program).
//
// Thread-safety: GUI thread only.
#pragma once

#include <QDialog>

class QTabWidget;

namespace shardscope::ui {

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // "Shardscope 0.1.0".
    static QString versionText();
    // The HTML of the licences tab (for tests and the tab itself).
    static QString licencesHtml();

private:
    QTabWidget* m_tabs;
};

}  // namespace shardscope::ui
