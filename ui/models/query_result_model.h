// QueryResultModel: the items an operation returned, read-only, one row per
// item and one column per attribute: the key attributes first (in the order
// given), then every other attribute in order of first appearance. Cells show
// ItemsValueFormat previews; the tooltip names the value's type.
//
// Thread-safety: GUI thread only.
#pragma once

#include <nlohmann/json.hpp>

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace shardscope::ui {

class QueryResultModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPreviewChars = 200;
    // The item's attribute value in DynamoDB JSON, as a QString.
    static constexpr int kJsonRole = Qt::UserRole + 1;

    explicit QueryResultModel(QObject* parent = nullptr);

    // `items` are DynamoDB JSON item objects; `keyNames` lead the columns.
    void setItems(std::vector<nlohmann::json> items, const QStringList& keyNames);
    void clear();
    const std::vector<nlohmann::json>& items() const { return m_items; }
    const QStringList& attributes() const { return m_columns; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<nlohmann::json> m_items;
    QStringList m_columns;
    std::vector<std::string> m_columnKeys;  // m_columns as UTF-8, for lookups
    int m_keyColumns = 0;
};

}  // namespace shardscope::ui
