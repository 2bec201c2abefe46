#include "dialogs/item_editor_model.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace shardscope::ui {

struct ItemEditorModel::Node {
    QString name;  // attribute or map-entry name; unused for list elements and set members
    ItemValueType type = ItemValueType::S;
    QString value;  // scalars: S text, N text, B base64, BOOL "true"/"false"
    std::vector<std::unique_ptr<Node>> children;
    Node* parent = nullptr;

    int row() const {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
    bool isContainer() const {
        return type == ItemValueType::M || type == ItemValueType::L || ItemsValueFormat::isSet(type);
    }
    Node* add(std::unique_ptr<Node> child) {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

ItemValueType memberType(ItemValueType setType) {
    switch (setType) {
    case ItemValueType::SS:
        return ItemValueType::S;
    case ItemValueType::NS:
        return ItemValueType::N;
    case ItemValueType::BS:
        return ItemValueType::B;
    default:
        return ItemValueType::S;
    }
}

QString defaultValue(ItemValueType type) {
    if (type == ItemValueType::Bool)
        return QStringLiteral("false");
    if (type == ItemValueType::N)
        return QStringLiteral("0");
    return {};
}

}  // namespace

ItemEditorModel::ItemEditorModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {
    m_root->type = ItemValueType::M;
}

ItemEditorModel::~ItemEditorModel() = default;

// --- Tree plumbing ----------------------------------------------------------------

ItemEditorModel::Node* ItemEditorModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ItemEditorModel::indexOf(Node* node, int column) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex ItemEditorModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    Node* node = nodeOf(parent);
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex ItemEditorModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    Node* node = nodeOf(child);
    return indexOf(node->parent, 0);
}

int ItemEditorModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ItemEditorModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant ItemEditorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Attribute");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

bool ItemEditorModel::isKey(const Node* node) const {
    return node->parent == m_root.get() &&
           (node->name == m_partitionKey || (!m_sortKey.isEmpty() && node->name == m_sortKey));
}

Qt::ItemFlags ItemEditorModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node* node = nodeOf(index);
    const bool key = isKey(node);
    const ItemValueType parentType = node->parent->type;
    switch (index.column()) {
    case NameColumn:
        if (!key && parentType == ItemValueType::M)
            flags |= Qt::ItemIsEditable;
        break;
    case TypeColumn:
        if (!ItemsValueFormat::isSet(parentType) && !(key && m_lockKeyValues))
            flags |= Qt::ItemIsEditable;
        break;
    case ValueColumn:
        if (!node->isContainer() && node->type != ItemValueType::Null && !(key && m_lockKeyValues))
            flags |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return flags;
}

QString ItemEditorModel::summary(const Node* node) const {
    const int n = int(node->children.size());
    switch (node->type) {
    case ItemValueType::M:
        return n == 1 ? tr("1 entry") : tr("%n entries", "", n);
    case ItemValueType::L:
        return n == 1 ? tr("1 element") : tr("%n elements", "", n);
    default:
        return n == 1 ? tr("1 member") : tr("%n members", "", n);
    }
}

QVariant ItemEditorModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            // List elements and set members have no name; the delegate shows their
            // position ("[2]"), which changes as siblings come and go.
            if (node->parent->type == ItemValueType::L || ItemsValueFormat::isSet(node->parent->type))
                return QString();
            return node->name;
        case TypeColumn:
            return ItemsValueFormat::typeName(node->type);
        case ValueColumn:
            if (node->isContainer())
                return role == Qt::DisplayRole ? summary(node) : QVariant();
            if (node->type == ItemValueType::Null)
                return QStringLiteral("null");
            return node->value;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        const QString error = errorOf(node);
        if (!error.isEmpty())
            return error;
        if (isKey(node))
            return m_lockKeyValues ? tr("Key attribute: an existing item's key cannot change") : tr("Key attribute");
        return {};
    }
    case TypeRole:
        return int(node->type);
    case ErrorRole:
        return errorOf(node);
    case KeyRole:
        return isKey(node);
    case ContainerRole:
        return node->isContainer();
    default:
        return {};
    }
}

bool ItemEditorModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Node* node = nodeOf(index);
    switch (index.column()) {
    case NameColumn:
        node->name = value.toString();
        break;
    case TypeColumn: {
        const ItemValueType type = ItemsValueFormat::typeFromName(value.toString());
        if (type == ItemValueType::Missing || !allowedTypes(index).contains(value.toString()))
            return false;
        if (type != node->type)
            changeType(index, type);
        return true;
    }
    case ValueColumn:
        node->value = node->type == ItemValueType::Bool
                          ? (value.toString() == QLatin1String("true") || value.toBool() ? QStringLiteral("true")
                                                                                          : QStringLiteral("false"))
                          : value.toString();
        break;
    default:
        return false;
    }
    // Siblings' errors (duplicate names or members) may change with this node.
    const QModelIndex parentIndex = index.parent();
    const int siblings = rowCount(parentIndex);
    emit dataChanged(this->index(0, 0, parentIndex), this->index(siblings - 1, ColumnCount - 1, parentIndex));
    return true;
}

void ItemEditorModel::changeType(const QModelIndex& index, ItemValueType type) {
    Node* node = nodeOf(index);
    const ItemValueType old = node->type;
    const bool lists = (old == ItemValueType::M || old == ItemValueType::L) &&
                       (type == ItemValueType::M || type == ItemValueType::L);
    const bool sets = ItemsValueFormat::isSet(old) && ItemsValueFormat::isSet(type);
    const bool keepChildren = lists || sets;
    const QModelIndex nameIndex = index.sibling(index.row(), NameColumn);
    if (!keepChildren && !node->children.empty()) {
        beginRemoveRows(nameIndex, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    // Scalars keep their text where it may still mean something (S <-> N <-> B).
    if (!ItemsValueFormat::isScalar(type) || type == ItemValueType::Bool || type == ItemValueType::Null ||
        old == ItemValueType::Bool || old == ItemValueType::Null || !ItemsValueFormat::isScalar(old))
        node->value = defaultValue(type);
    node->type = type;
    if (keepChildren) {
        int i = 0;
        for (auto& child : node->children) {
            if (type == ItemValueType::M && old == ItemValueType::L)
                child->name = QString::number(i);
            if (ItemsValueFormat::isSet(type))
                child->type = memberType(type);
            ++i;
        }
        if (!node->children.empty())
            emit dataChanged(this->index(0, 0, nameIndex),
                             this->index(int(node->children.size()) - 1, ColumnCount - 1, nameIndex));
    }
    emit dataChanged(nameIndex, index.sibling(index.row(), ValueColumn));
}

QStringList ItemEditorModel::allowedTypes(const QModelIndex& index) const {
    const Node* node = nodeOf(index);
    if (index.isValid() && isKey(node))
        return {QStringLiteral("S"), QStringLiteral("N"), QStringLiteral("B")};
    if (index.isValid() && ItemsValueFormat::isSet(node->parent->type))
        return {ItemsValueFormat::typeName(memberType(node->parent->type))};
    return {QStringLiteral("S"),    QStringLiteral("N"), QStringLiteral("B"),  QStringLiteral("BOOL"),
            QStringLiteral("NULL"), QStringLiteral("M"), QStringLiteral("L"),  QStringLiteral("SS"),
            QStringLiteral("NS"),   QStringLiteral("BS")};
}

// --- Structure --------------------------------------------------------------------

bool ItemEditorModel::canAddChild(const QModelIndex& parent) const {
    return !parent.isValid() || nodeOf(parent)->isContainer();
}

bool ItemEditorModel::canRemove(const QModelIndex& index) const {
    return index.isValid() && !isKey(nodeOf(index));
}

QModelIndex ItemEditorModel::addChild(const QModelIndex& parentIndex) {
    if (!canAddChild(parentIndex))
        return {};
    const QModelIndex parentName = parentIndex.isValid() ? parentIndex.sibling(parentIndex.row(), NameColumn)
                                                         : QModelIndex();
    Node* parent = nodeOf(parentName);
    auto child = std::make_unique<Node>();
    if (parent->type == ItemValueType::M) {
        // A fresh, unique name the user will overwrite.
        QSet<QString> names;
        for (const auto& sibling : parent->children)
            names.insert(sibling->name);
        QString name = tr("newAttribute");
        for (int i = 2; names.contains(name); ++i)
            name = tr("newAttribute%1").arg(i);
        child->name = name;
    } else if (ItemsValueFormat::isSet(parent->type)) {
        child->type = memberType(parent->type);
        child->value = defaultValue(child->type);
    }
    const int row = int(parent->children.size());
    beginInsertRows(parentName, row, row);
    parent->add(std::move(child));
    endInsertRows();
    if (parentName.isValid())
        emit dataChanged(parentName.sibling(parentName.row(), ValueColumn),
                         parentName.sibling(parentName.row(), ValueColumn));
    return index(row, NameColumn, parentName);
}

bool ItemEditorModel::removeNode(const QModelIndex& index) {
    if (!canRemove(index))
        return false;
    Node* node = nodeOf(index);
    const QModelIndex parentIndex = index.parent();
    const int row = node->row();
    beginRemoveRows(parentIndex, row, row);
    node->parent->children.erase(node->parent->children.begin() + row);
    endRemoveRows();
    const int siblings = rowCount(parentIndex);
    if (siblings > 0)  // list indexes and duplicate errors shift
        emit dataChanged(this->index(0, 0, parentIndex), this->index(siblings - 1, ColumnCount - 1, parentIndex));
    if (parentIndex.isValid())
        emit dataChanged(parentIndex.sibling(parentIndex.row(), ValueColumn),
                         parentIndex.sibling(parentIndex.row(), ValueColumn));
    return true;
}

// --- Keys and conversion ------------------------------------------------------------

void ItemEditorModel::setKeySchema(const QString& partitionKey, const QString& partitionType, const QString& sortKey,
                                   const QString& sortType, bool lockKeyValues) {
    beginResetModel();
    m_partitionKey = partitionKey;
    m_partitionType = partitionType.isEmpty() ? QStringLiteral("S") : partitionType;
    m_sortKey = sortKey;
    m_sortType = sortType.isEmpty() ? QStringLiteral("S") : sortType;
    m_lockKeyValues = lockKeyValues;
    ensureKeys();
    endResetModel();
}

void ItemEditorModel::ensureKeys() {
    // Keys first, in schema order; missing ones as empty rows of the key's type.
    std::vector<std::unique_ptr<Node>> keys;
    auto take = [&](const QString& name, const QString& type) {
        if (name.isEmpty())
            return;
        auto& children = m_root->children;
        for (auto it = children.begin(); it != children.end(); ++it)
            if ((*it)->name == name) {
                keys.push_back(std::move(*it));
                children.erase(it);
                return;
            }
        auto key = std::make_unique<Node>();
        key->name = name;
        key->type = ItemsValueFormat::typeFromName(type);
        keys.push_back(std::move(key));
    };
    take(m_partitionKey, m_partitionType);
    take(m_sortKey, m_sortType);
    for (auto& child : m_root->children)
        keys.push_back(std::move(child));
    for (auto& child : keys)
        child->parent = m_root.get();
    m_root->children = std::move(keys);
}

bool ItemEditorModel::setItem(const nlohmann::json& item, QString* error) {
    QString ignored;
    QString& message = error ? *error : ignored;
    if (!item.is_object()) {
        message = tr("An item is a JSON object of attributes.");
        return false;
    }
    // Converts one DynamoDB-JSON value; `path` names it in errors.
    std::function<std::unique_ptr<Node>(const nlohmann::json&, const QString&)> convert;
    convert = [&](const nlohmann::json& value, const QString& path) -> std::unique_ptr<Node> {
        const ItemValueType type = ItemsValueFormat::typeOf(value);
        if (type == ItemValueType::Missing) {
            message = tr("%1: not an attribute value such as {\"S\": \"text\"}.").arg(path);
            return nullptr;
        }
        auto node = std::make_unique<Node>();
        node->type = type;
        const nlohmann::json& inner = value.begin().value();
        switch (type) {
        case ItemValueType::S:
        case ItemValueType::N:
        case ItemValueType::B:
            if (!inner.is_string()) {
                message = tr("%1: a %2 value is written as a JSON string.").arg(path, ItemsValueFormat::typeName(type));
                return nullptr;
            }
            node->value = QString::fromStdString(inner.get<std::string>());
            break;
        case ItemValueType::Bool:
            if (!inner.is_boolean()) {
                message = tr("%1: BOOL takes true or false.").arg(path);
                return nullptr;
            }
            node->value = inner.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case ItemValueType::Null:
            if (!inner.is_boolean() || !inner.get<bool>()) {
                message = tr("%1: NULL is written as {\"NULL\": true}.").arg(path);
                return nullptr;
            }
            break;
        case ItemValueType::M:
            if (!inner.is_object()) {
                message = tr("%1: M takes a JSON object.").arg(path);
                return nullptr;
            }
            for (auto it = inner.begin(); it != inner.end(); ++it) {
                auto child = convert(it.value(), path + QLatin1Char('.') + QString::fromStdString(it.key()));
                if (!child)
                    return nullptr;
                child->name = QString::fromStdString(it.key());
                node->add(std::move(child));
            }
            break;
        case ItemValueType::L:
            if (!inner.is_array()) {
                message = tr("%1: L takes a JSON array.").arg(path);
                return nullptr;
            }
            for (std::size_t i = 0; i < inner.size(); ++i) {
                auto child = convert(inner[i], QStringLiteral("%1[%2]").arg(path).arg(i));
                if (!child)
                    return nullptr;
                node->add(std::move(child));
            }
            break;
        default:  // sets
            if (!inner.is_array()) {
                message = tr("%1: %2 takes a JSON array of strings.").arg(path, ItemsValueFormat::typeName(type));
                return nullptr;
            }
            for (const nlohmann::json& member : inner) {
                if (!member.is_string()) {
                    message = tr("%1: %2 members are JSON strings.").arg(path, ItemsValueFormat::typeName(type));
                    return nullptr;
                }
                auto child = std::make_unique<Node>();
                child->type = memberType(type);
                child->value = QString::fromStdString(member.get<std::string>());
                node->add(std::move(child));
            }
            break;
        }
        return node;
    };

    auto root = std::make_unique<Node>();
    root->type = ItemValueType::M;
    for (auto it = item.begin(); it != item.end(); ++it) {
        auto child = convert(it.value(), QString::fromStdString(it.key()));
        if (!child)
            return false;
        child->name = QString::fromStdString(it.key());
        root->add(std::move(child));
    }
    beginResetModel();
    m_root = std::move(root);
    ensureKeys();
    endResetModel();
    return true;
}

nlohmann::json ItemEditorModel::toItem() const {
    std::function<nlohmann::json(const Node&)> convert = [&](const Node& node) -> nlohmann::json {
        const std::string type = ItemsValueFormat::typeName(node.type).toStdString();
        switch (node.type) {
        case ItemValueType::S:
        case ItemValueType::N:
        case ItemValueType::B:
            return {{type, node.value.toStdString()}};
        case ItemValueType::Bool:
            return {{type, node.value == QLatin1String("true")}};
        case ItemValueType::Null:
            return {{type, true}};
        case ItemValueType::M: {
            nlohmann::json entries = nlohmann::json::object();
            for (const auto& child : node.children)
                entries[child->name.toStdString()] = convert(*child);
            return {{type, entries}};
        }
        case ItemValueType::L: {
            nlohmann::json elements = nlohmann::json::array();
            for (const auto& child : node.children)
                elements.push_back(convert(*child));
            return {{type, elements}};
        }
        default: {
            nlohmann::json members = nlohmann::json::array();
            for (const auto& child : node.children)
                members.push_back(child->value.toStdString());
            return {{type, members}};
        }
        }
    };
    nlohmann::json item = nlohmann::json::object();
    for (const auto& child : m_root->children)
        item[child->name.toStdString()] = convert(*child);
    return item;
}

// --- Validation ---------------------------------------------------------------------

QString ItemEditorModel::errorOf(const Node* node) const {
    if (!node || node == m_root.get())
        return {};
    const Node* parent = node->parent;
    if (parent->type == ItemValueType::M) {
        if (node->name.isEmpty())
            return tr("The name is empty.");
        // Only the later of two equal names is marked.
        for (const auto& sibling : parent->children) {
            if (sibling.get() == node)
                break;
            if (sibling->name == node->name)
                return tr("“%1” appears more than once.").arg(node->name);
        }
    }
    if (isKey(node)) {
        if (node->value.isEmpty())
            return tr("The key attribute “%1” needs a value.").arg(node->name);
        const QString expected = node->name == m_partitionKey ? m_partitionType : m_sortType;
        if (ItemsValueFormat::typeName(node->type) != expected)
            return tr("The key attribute “%1” is of type %2.").arg(node->name, expected);
    }
    switch (node->type) {
    case ItemValueType::N: {
        QString message;
        if (!ItemsValueFormat::isValidNumber(node->value, &message))
            return message.isEmpty() ? tr("Not a number.") : message;
        break;
    }
    case ItemValueType::B:
        if (!ItemsValueFormat::decodeBase64(node->value))
            return tr("Not base64 (binary values are typed as base64).");
        break;
    case ItemValueType::SS:
    case ItemValueType::NS:
    case ItemValueType::BS:
        if (node->children.empty())
            return tr("A set cannot be empty; remove it or add a member.");
        break;
    default:
        break;
    }
    if (ItemsValueFormat::isSet(parent->type)) {
        for (const auto& sibling : parent->children) {
            if (sibling.get() == node)
                break;
            if (sibling->value == node->value)
                return tr("The set holds “%1” more than once.").arg(node->value);
        }
    }
    return {};
}

QString ItemEditorModel::pathOf(const Node* node) const {
    QString path;
    for (const Node* n = node; n && n != m_root.get(); n = n->parent) {
        QString step;
        if (n->parent->type == ItemValueType::L || ItemsValueFormat::isSet(n->parent->type))
            step = QStringLiteral("[%1]").arg(n->row());
        else
            step = (n->parent == m_root.get() ? QString() : QStringLiteral(".")) + n->name;
        path.prepend(step);
    }
    return path;
}

void ItemEditorModel::collectErrors(const Node* node, QStringList& out) const {
    const QString error = errorOf(node);
    if (!error.isEmpty())
        out.append(QStringLiteral("%1: %2").arg(pathOf(node), error));
    for (const auto& child : node->children)
        collectErrors(child.get(), out);
}

QStringList ItemEditorModel::validate() const {
    QStringList errors;
    collectErrors(m_root.get(), errors);
    return errors;
}

}  // namespace shardscope::ui
