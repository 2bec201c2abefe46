// ItemEditorModel: one item as an editable tree, for the item editor's form.
//
// Top-level rows are the item's attributes; a map (M) has its entries as
// children, a list (L) its elements ([0], [1], ...), a set (SS, NS, BS) its
// members. Columns: name, type, value. Scalars are edited as text in the
// value column (N as DynamoDB number text, B as base64, BOOL as true/false);
// containers show a summary there and are edited through their children
// (addChild(), removeNode()). Changing a node's type converts what can be
// kept (a list's elements become a map's entries and back, set members keep
// their text) and drops the rest.
//
// The key attributes (setKeySchema()) always come first; their name and type
// are fixed, and their values too when `lockKeyValues` (an existing item's key
// cannot change: that would be another item).
//
// validate() checks what the form can check at once (numbers with the engine's
// own parser, base64, empty or duplicate names, empty sets, duplicate set
// members, missing key values) and every node carries its error in
// ErrorRole; the engine has the last word when the item is saved.
//
// toItem()/setItem() convert from and to DynamoDB JSON.
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/items_value_format.h"

#include <nlohmann/json.hpp>

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace shardscope::ui {

class ItemEditorModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ValueColumn, ColumnCount };
    enum Role {
        TypeRole = Qt::UserRole + 1,  // int(ItemValueType) of the node, in every column
        ErrorRole,                    // QString: what is wrong with this node; empty if fine
        KeyRole,                      // bool: the node is a key attribute
        ContainerRole,                // bool: M, L or a set
    };
    Q_ENUM(Role)

    explicit ItemEditorModel(QObject* parent = nullptr);
    ~ItemEditorModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The table's key attributes (types "S", "N" or "B"); empty sortKey for none.
    void setKeySchema(const QString& partitionKey, const QString& partitionType, const QString& sortKey,
                      const QString& sortType, bool lockKeyValues);
    // Replaces the tree with `item` (DynamoDB JSON). Missing key attributes get
    // empty rows. Returns false with a translated `*error` if `item` is not an
    // item; the tree is then unchanged.
    bool setItem(const nlohmann::json& item, QString* error = nullptr);
    // The tree as DynamoDB JSON (best effort: invalid values are written as typed).
    nlohmann::json toItem() const;

    // Adds a child to the map, list or set at `parent` (invalid: a new
    // attribute); returns its name-column index. Invalid if `parent` holds no children.
    QModelIndex addChild(const QModelIndex& parent);
    // Removes the node at `index` (key attributes cannot be removed).
    bool removeNode(const QModelIndex& index);
    bool canAddChild(const QModelIndex& parent) const;
    bool canRemove(const QModelIndex& index) const;

    // Every problem, as "path: message", in tree order; empty if the form is fine.
    QStringList validate() const;

    // The types a node at `index` may take (keys: S/N/B; set members: their set's element type).
    QStringList allowedTypes(const QModelIndex& index) const;

private:
    struct Node;

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node, int column) const;
    QString errorOf(const Node* node) const;
    QString pathOf(const Node* node) const;
    QString summary(const Node* node) const;
    void changeType(const QModelIndex& index, ItemValueType type);
    void collectErrors(const Node* node, QStringList& out) const;
    bool isKey(const Node* node) const;
    void ensureKeys();

    std::unique_ptr<Node> m_root;
    QString m_partitionKey;
    QString m_partitionType;
    QString m_sortKey;
    QString m_sortType;
    bool m_lockKeyValues = false;
};

}  // namespace shardscope::ui
