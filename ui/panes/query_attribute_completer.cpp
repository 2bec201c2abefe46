#include "panes/query_attribute_completer.h"

#include <QLineEdit>

namespace shardscope::ui {

QueryAttributeCompleter::QueryAttributeCompleter(QAbstractItemModel* names, bool listMode, QObject* parent)
    : QCompleter(names, parent), m_listMode(listMode) {
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchStartsWith);
    setCompletionMode(QCompleter::PopupCompletion);
}

QStringList QueryAttributeCompleter::splitPath(const QString& path) const {
    if (!m_listMode) return QCompleter::splitPath(path);
    return {path.section(QLatin1Char(','), -1).trimmed()};
}

QString QueryAttributeCompleter::pathFromIndex(const QModelIndex& index) const {
    const QString name = QCompleter::pathFromIndex(index);
    auto* edit = qobject_cast<QLineEdit*>(widget());
    if (!m_listMode || !edit) return name;
    const QString text = edit->text();
    const int comma = text.lastIndexOf(QLatin1Char(','));
    return comma < 0 ? name : text.left(comma + 1) + QLatin1Char(' ') + name;
}

}  // namespace shardscope::ui
