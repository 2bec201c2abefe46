// ItemsQueryBar: the controls above the item browser that say what to read:
// the source (the table or one of its indexes), Scan or Query, and for a
// Query the partition key value, an optional sort-key condition (=, <, <=, >,
// >=, between, begins_with) and the order. query() returns them as an
// ItemsQuery (without the column filters, which the pane adds).
//
// runRequested() is emitted by the Run button and by Enter in a value box.
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/items_query.h"
#include "models/items_source.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace shardscope::ui {

class ItemsQueryBar : public QWidget {
    Q_OBJECT

public:
    explicit ItemsQueryBar(QWidget* parent = nullptr);

    // The sources to choose from (table first). Keeps the chosen source if it
    // is still among them, else selects the table.
    void setSources(const QList<ItemsSource>& sources);
    QList<ItemsSource> sources() const { return m_sources; }
    ItemsSource currentSource() const;
    // Selects the source named `indexName` (empty: the table); false if unknown.
    bool selectSource(const QString& indexName);

    // The query the controls describe (no filters).
    ItemsQuery query() const;
    // Sets the controls from `query` (its source must be one of sources()).
    void setQuery(const ItemsQuery& query);

signals:
    void runRequested();

private:
    void updateVisibility();
    void updateKeyLabels();

    QList<ItemsSource> m_sources;
    QComboBox* m_source;
    QComboBox* m_mode;
    QLabel* m_partitionLabel;
    QLineEdit* m_partitionValue;
    QLabel* m_sortLabel;
    QComboBox* m_sortOp;
    QLineEdit* m_sortValue;
    QLabel* m_andLabel;
    QLineEdit* m_sortValue2;
    QComboBox* m_order;
    QPushButton* m_run;
};

}  // namespace shardscope::ui
