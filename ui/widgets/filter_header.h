// FilterHeader: a horizontal header with a filter box under every column's
// title (DB4S's FilterTableHeader idea), for per-column filtering of a table
// view.
//
// Filters are kept by column title, not position, so they survive a model
// reset that rebuilds the columns in another order; a column that appears
// later gets back the text it had. filterChanged() is emitted when a box's
// editing finishes (Enter or focus leaving) with a changed text. setError()
// marks a box whose text could not be used and puts the reason in its tooltip.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QHash>
#include <QHeaderView>
#include <QList>

class QLineEdit;

namespace shardscope::ui {

class FilterHeader : public QHeaderView {
    Q_OBJECT

public:
    explicit FilterHeader(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    void setModel(QAbstractItemModel* model) override;

    // Filters by column title, as typed (empty texts are not kept).
    QHash<QString, QString> filters() const { return m_texts; }
    QString filterText(const QString& title) const { return m_texts.value(title); }
    // Sets a filter without emitting filterChanged().
    void setFilterText(const QString& title, const QString& text);
    void clearFilters();
    // Marks `title`'s box as invalid with `error` as its tooltip; an empty error clears the mark.
    void setError(const QString& title, const QString& error);
    // Tooltip for boxes without an error (the filter syntax).
    void setHelpText(const QString& text);
    // The box under `column`, or null.
    QLineEdit* editor(int column) const;

signals:
    void filterChanged(const QString& title, const QString& text);

protected:
    void updateGeometries() override;

private:
    void rebuildEditors();
    void placeEditors();
    void commit(QLineEdit* edit);
    QString titleOf(int column) const;
    void applyStyle(QLineEdit* editor, const QString& title) const;

    QList<QLineEdit*> m_editors;
    QHash<QString, QString> m_texts;
    QHash<QString, QString> m_errors;
    QString m_help;
    bool m_rebuildPending = false;
};

}  // namespace shardscope::ui
