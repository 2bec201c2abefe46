#include "panes/query_builder.h"

#include "models/query_history_model.h"
#include "models/query_row_model.h"
#include "panes/query_attribute_completer.h"
#include "panes/query_row_delegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace shardscope::ui {
namespace {

using nlohmann::json;

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

bool isTransaction(const QString& op) {
    return op == QLatin1String("TransactGetItems") || op == QLatin1String("TransactWriteItems");
}

json keyValue(const std::string& type, const QString& text) {
    return {{type.empty() ? std::string("S") : type, type == "N" ? text.trimmed().toStdString() : text.toStdString()}};
}

QTableView* rowView(QueryRowModel* model, QAbstractItemModel* names, const char* name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setItemDelegate(new QueryRowDelegate(names, view));
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(130);
    header->resizeSection(model->visualColumn(QueryRowModel::Type), 70);
    header->setSectionResizeMode(model->visualColumn(QueryRowModel::Value), QHeaderView::Stretch);
    if (model->kind() == QueryRowModel::Kind::Condition) {
        // BETWEEN's second value: shown only while a row needs it.
        const int second = model->visualColumn(QueryRowModel::Value2);
        view->setColumnHidden(second, true);
        QObject::connect(model, &QueryRowModel::rowsEdited, view, [model, view, second] {
            bool between = false;
            for (int row = 0; row < model->rowCount(); ++row)
                between =
                    between ||
                    model->index(row, model->visualColumn(QueryRowModel::Operator)).data(Qt::EditRole).toString() ==
                        QLatin1String("BETWEEN");
            view->setColumnHidden(second, !between);
        });
    }
    view->setMinimumHeight(96);
    view->setMaximumHeight(150);
    return view;
}

QWidget* hbox(std::initializer_list<QWidget*> widgets, QWidget* parent, bool stretch = true) {
    auto* holder = new QWidget(parent);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets) layout->addWidget(w);
    if (stretch) layout->addStretch();
    return holder;
}

QPlainTextEdit* jsonEdit(const char* name, const QString& placeholder, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(72);
    return edit;
}

}  // namespace

QueryBuilder::QueryBuilder(QWidget* parent)
    : QWidget(parent),
      m_attributeNames(new QStringListModel(this)),
      m_actionList(new QStringListModel(this)),
      m_conditions(new QueryRowModel(QueryRowModel::Kind::Condition, this)),
      m_updates(new QueryRowModel(QueryRowModel::Kind::Update, this)) {
    setObjectName(QStringLiteral("queryBuilder"));
    buildUi();
    updateVisibility();
}

void QueryBuilder::buildUi() {
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("operationCombo"));
    for (const std::string& op : tools::dataPlaneOperations()) m_operation->addItem(fromStd(op), fromStd(op));
    m_operation->setCurrentIndex(m_operation->findData(QStringLiteral("Query")));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_action->setToolTip(tr("The kind of action the form below adds to the transaction"));
    m_index = new QComboBox(this);
    m_index->setObjectName(QStringLiteral("indexCombo"));
    m_raw = new QCheckBox(tr("Edit as expressions"), this);
    m_raw->setObjectName(QStringLiteral("rawModeCheck"));
    m_raw->setToolTip(tr("Write the expressions and their placeholders yourself"));

    m_transactionGroup = new QGroupBox(tr("Transaction actions"), this);
    m_transactionView = new QListView(m_transactionGroup);
    m_transactionView->setObjectName(QStringLiteral("transactionView"));
    m_transactionView->setModel(m_actionList);
    m_transactionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_transactionView->setMaximumHeight(90);
    auto* addAction = new QPushButton(tr("Add Action"), m_transactionGroup);
    addAction->setObjectName(QStringLiteral("addActionButton"));
    addAction->setToolTip(tr("Append the action described below to the transaction"));
    auto* removeAction = new QPushButton(tr("Remove"), m_transactionGroup);
    removeAction->setObjectName(QStringLiteral("removeActionButton"));
    auto* transactionLayout = new QHBoxLayout(m_transactionGroup);
    transactionLayout->addWidget(m_transactionView, 1);
    auto* transactionButtons = new QVBoxLayout;
    transactionButtons->addWidget(addAction);
    transactionButtons->addWidget(removeAction);
    transactionButtons->addStretch();
    transactionLayout->addLayout(transactionButtons);
    connect(addAction, &QPushButton::clicked, this, &QueryBuilder::addTransactionAction);
    connect(removeAction, &QPushButton::clicked, this, [this] {
        const int row = m_transactionView->currentIndex().row();
        if (row < 0 || row >= transactionActionCount()) return;
        m_actions.erase(m_actions.begin() + row);
        refreshActionList();
        emit changed();
    });

    m_keyGroup = new QGroupBox(tr("Key"), this);
    m_partitionLabel = new QLabel(m_keyGroup);
    m_partitionValue = new QLineEdit(m_keyGroup);
    m_partitionValue->setObjectName(QStringLiteral("partitionValueEdit"));
    m_sortLabel = new QLabel(m_keyGroup);
    m_sortOp = new QComboBox(m_keyGroup);
    m_sortOp->setObjectName(QStringLiteral("sortOpCombo"));
    m_sortOp->addItem(tr("any"), QString());
    for (const char* op : {"=", "<", "<=", ">", ">=", "BETWEEN", "begins_with"})
        m_sortOp->addItem(op == std::string_view("BETWEEN")       ? tr("between")
                          : op == std::string_view("begins_with") ? tr("begins with")
                                                                  : QLatin1String(op),
                          QLatin1String(op));
    m_sortValue = new QLineEdit(m_keyGroup);
    m_sortValue->setObjectName(QStringLiteral("sortValueEdit"));
    m_sortValue2 = new QLineEdit(m_keyGroup);
    m_sortValue2->setObjectName(QStringLiteral("sortValue2Edit"));
    m_sortValue2->setPlaceholderText(tr("and"));
    auto* keyForm = new QFormLayout(m_keyGroup);
    keyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    keyForm->addRow(m_partitionLabel, m_partitionValue);
    m_sortRow = new QWidget(m_keyGroup);
    auto* sortLayout = new QHBoxLayout(m_sortRow);
    sortLayout->setContentsMargins(0, 0, 0, 0);
    sortLayout->addWidget(m_sortOp);
    sortLayout->addWidget(m_sortValue, 1);
    sortLayout->addWidget(m_sortValue2, 1);
    keyForm->addRow(m_sortLabel, m_sortRow);

    m_itemGroup = new QGroupBox(tr("Other attributes"), this);
    m_item = jsonEdit("itemEdit", tr("DynamoDB JSON, e.g. {\"status\": {\"S\": \"open\"}, \"total\": {\"N\": \"42\"}}"),
                      m_itemGroup);
    auto* itemLayout = new QVBoxLayout(m_itemGroup);
    itemLayout->addWidget(m_item);

    m_conditionGroup = new QGroupBox(this);
    m_conditionView = rowView(m_conditions, m_attributeNames, "conditionView", m_conditionGroup);
    m_join = new QComboBox(m_conditionGroup);
    m_join->setObjectName(QStringLiteral("joinCombo"));
    m_join->addItem(tr("All rows must hold (AND)"), QStringLiteral("AND"));
    m_join->addItem(tr("Any row may hold (OR)"), QStringLiteral("OR"));
    auto* addCondition = new QPushButton(tr("Add"), m_conditionGroup);
    addCondition->setObjectName(QStringLiteral("addConditionButton"));
    auto* removeCondition = new QPushButton(tr("Remove"), m_conditionGroup);
    auto* conditionLayout = new QVBoxLayout(m_conditionGroup);
    conditionLayout->addWidget(m_conditionView);
    conditionLayout->addWidget(hbox({addCondition, removeCondition, m_join}, m_conditionGroup));
    connect(addCondition, &QPushButton::clicked, this, [this] {
        const int row = m_conditions->addRow();
        m_conditionView->edit(m_conditions->index(row, m_conditions->visualColumn(QueryRowModel::Attribute)));
    });
    connect(removeCondition, &QPushButton::clicked, this,
            [this] { m_conditions->removeRow(m_conditionView->currentIndex().row()); });

    m_updateGroup = new QGroupBox(tr("Update"), this);
    m_updateView = rowView(m_updates, m_attributeNames, "updateView", m_updateGroup);
    auto* addUpdate = new QPushButton(tr("Add"), m_updateGroup);
    addUpdate->setObjectName(QStringLiteral("addUpdateButton"));
    auto* removeUpdate = new QPushButton(tr("Remove"), m_updateGroup);
    auto* updateLayout = new QVBoxLayout(m_updateGroup);
    updateLayout->addWidget(m_updateView);
    updateLayout->addWidget(hbox({addUpdate, removeUpdate}, m_updateGroup));
    connect(addUpdate, &QPushButton::clicked, this, [this] {
        const int row = m_updates->addRow();
        m_updateView->edit(m_updates->index(row, m_updates->visualColumn(QueryRowModel::Attribute)));
    });
    connect(removeUpdate, &QPushButton::clicked, this,
            [this] { m_updates->removeRow(m_updateView->currentIndex().row()); });

    m_projection = new QLineEdit(this);
    m_projection->setObjectName(QStringLiteral("projectionEdit"));
    m_projection->setPlaceholderText(tr("All attributes; or names separated by commas"));
    m_projection->setCompleter(new QueryAttributeCompleter(m_attributeNames, true, m_projection));
    m_projectionRow = hbox({new QLabel(tr("Return only:"), this), m_projection}, this, false);
    static_cast<QHBoxLayout*>(m_projectionRow->layout())->setStretch(1, 1);

    m_rawGroup = new QGroupBox(tr("Expressions"), this);
    auto rawLine = [this](const char* name) {
        auto* edit = new QLineEdit(m_rawGroup);
        edit->setObjectName(QLatin1String(name));
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return edit;
    };
    m_rawKeyCondition = rawLine("keyConditionExpressionEdit");
    m_rawCondition = rawLine("conditionExpressionEdit");
    m_rawUpdate = rawLine("updateExpressionEdit");
    m_rawProjection = rawLine("projectionExpressionEdit");
    m_rawNames = jsonEdit("namesEdit", QStringLiteral("{\"#n\": \"name\"}"), m_rawGroup);
    m_rawValues = jsonEdit("valuesEdit", QStringLiteral("{\":v\": {\"S\": \"value\"}}"), m_rawGroup);
    auto* rawForm = new QFormLayout(m_rawGroup);
    rawForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    rawForm->addRow(tr("KeyConditionExpression:"), m_rawKeyCondition);
    rawForm->addRow(tr("Filter / ConditionExpression:"), m_rawCondition);
    rawForm->addRow(tr("UpdateExpression:"), m_rawUpdate);
    rawForm->addRow(tr("ProjectionExpression:"), m_rawProjection);
    rawForm->addRow(tr("ExpressionAttributeNames:"), m_rawNames);
    rawForm->addRow(tr("ExpressionAttributeValues:"), m_rawValues);

    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("limitSpin"));
    m_limit->setRange(0, 1000000);
    m_limit->setSpecialValueText(tr("no limit"));
    m_limit->setPrefix(tr("Limit "));
    m_consistentRead = new QCheckBox(tr("Consistent read"), this);
    m_consistentRead->setObjectName(QStringLiteral("consistentReadCheck"));
    m_scanForward = new QCheckBox(tr("Ascending"), this);
    m_scanForward->setObjectName(QStringLiteral("scanForwardCheck"));
    m_scanForward->setChecked(true);
    m_returnValues = new QComboBox(this);
    m_returnValues->setObjectName(QStringLiteral("returnValuesCombo"));
    m_returnValues->setToolTip(tr("ReturnValues"));
    for (const char* v : {"NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"})
        m_returnValues->addItem(tr("Return %1").arg(QLatin1String(v)), QLatin1String(v));
    m_consumedCapacity = new QComboBox(this);
    m_consumedCapacity->setObjectName(QStringLiteral("consumedCapacityCombo"));
    m_consumedCapacity->setToolTip(tr("ReturnConsumedCapacity"));
    m_consumedCapacity->addItem(tr("Capacity: total"), QStringLiteral("TOTAL"));
    m_consumedCapacity->addItem(tr("Capacity: with indexes"), QStringLiteral("INDEXES"));
    m_consumedCapacity->addItem(tr("Capacity: none"), QStringLiteral("NONE"));

    auto* top = hbox({new QLabel(tr("Operation:"), this), m_operation, m_action, m_index, m_raw}, this);
    auto* options = hbox({m_limit, m_consistentRead, m_scanForward, m_returnValues, m_consumedCapacity}, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addWidget(m_transactionGroup);
    layout->addWidget(m_keyGroup);
    layout->addWidget(m_itemGroup);
    layout->addWidget(m_conditionGroup);
    layout->addWidget(m_updateGroup);
    layout->addWidget(m_projectionRow);
    layout->addWidget(m_rawGroup);
    layout->addWidget(options);
    layout->addStretch();

    auto emitChanged = [this] {
        if (!m_loading) emit changed();
    };
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        updateVisibility();
        emitChanged();
    });
    for (QComboBox* combo : {m_action, m_index, m_sortOp})
        connect(combo, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
            updateVisibility();
            emitChanged();
        });
    connect(m_raw, &QCheckBox::toggled, this, [this, emitChanged](bool raw) {
        switchMode(raw);
        emitChanged();
    });
    for (QComboBox* combo : {m_join, m_returnValues, m_consumedCapacity})
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
    for (QLineEdit* edit : {m_partitionValue, m_sortValue, m_sortValue2, m_projection, m_rawKeyCondition,
                            m_rawCondition, m_rawUpdate, m_rawProjection})
        connect(edit, &QLineEdit::textChanged, this, emitChanged);
    for (QPlainTextEdit* edit : {m_item, m_rawNames, m_rawValues})
        connect(edit, &QPlainTextEdit::textChanged, this, emitChanged);
    connect(m_limit, &QSpinBox::valueChanged, this, emitChanged);
    for (QCheckBox* check : {m_consistentRead, m_scanForward}) connect(check, &QCheckBox::toggled, this, emitChanged);
    connect(m_conditions, &QueryRowModel::rowsEdited, this, emitChanged);
    connect(m_updates, &QueryRowModel::rowsEdited, this, emitChanged);
}

void QueryBuilder::setTable(const std::optional<tools::TableDesign>& table) {
    const bool sameTable = table && m_table && table->tableName == m_table->tableName;
    m_table = table;
    m_loading = true;
    const QString index = m_index->currentData().toString();
    m_index->clear();
    m_index->addItem(tr("Table"), QString());
    if (m_table) {
        for (const tools::IndexDesign& i : m_table->globalIndexes)
            m_index->addItem(tr("Index %1").arg(fromStd(i.name)), fromStd(i.name));
        for (const tools::IndexDesign& i : m_table->localIndexes)
            m_index->addItem(tr("Index %1 (local)").arg(fromStd(i.name)), fromStd(i.name));
    }
    const int at = sameTable ? m_index->findData(index) : 0;
    m_index->setCurrentIndex(at < 0 ? 0 : at);
    if (!sameTable) {
        m_seenAttributes.clear();
        m_actions.clear();
        refreshActionList();
    }
    m_loading = false;
    refreshAttributeNames();
    updateVisibility();
    emit changed();
}

void QueryBuilder::addAttributeNames(const QStringList& names) {
    bool added = false;
    for (const QString& name : names)
        if (!m_seenAttributes.contains(name)) {
            m_seenAttributes.append(name);
            added = true;
        }
    if (added) refreshAttributeNames();
}

void QueryBuilder::refreshAttributeNames() {
    QStringList names;
    auto add = [&names](const std::string& name) {
        const QString n = fromStd(name);
        if (!n.isEmpty() && !names.contains(n)) names.append(n);
    };
    if (m_table) {
        add(m_table->partitionKey.name);
        add(m_table->sortKey.name);
        for (const tools::IndexDesign& i : m_table->globalIndexes) {
            add(i.partitionKey.name);
            add(i.sortKey.name);
        }
        for (const tools::IndexDesign& i : m_table->localIndexes) add(i.sortKey.name);
    }
    QStringList seen = m_seenAttributes;
    seen.sort(Qt::CaseInsensitive);
    for (const QString& name : seen)
        if (!names.contains(name)) names.append(name);
    m_attributeNames->setStringList(names);
}

const tools::IndexDesign* QueryBuilder::selectedIndex() const {
    const QString op = operation();
    if (!m_table || (op != QLatin1String("Query") && op != QLatin1String("Scan"))) return nullptr;
    const std::string name = m_index->currentData().toString().toStdString();
    if (name.empty()) return nullptr;
    for (const tools::IndexDesign& i : m_table->globalIndexes)
        if (i.name == name) return &i;
    for (const tools::IndexDesign& i : m_table->localIndexes)
        if (i.name == name) return &i;
    return nullptr;
}

tools::KeySchemaInfo QueryBuilder::keySchema() const {
    tools::KeySchemaInfo keys;
    if (!m_table) return keys;
    keys.partitionKey = m_table->partitionKey.name;
    keys.partitionType = m_table->partitionKey.type;
    keys.sortKey = m_table->sortKey.name;
    keys.sortType = m_table->sortKey.type;
    if (const tools::IndexDesign* index = selectedIndex()) {
        if (index->partitionKey.isSet()) {  // a local index keeps the table's partition key
            keys.partitionKey = index->partitionKey.name;
            keys.partitionType = index->partitionKey.type;
        }
        keys.sortKey = index->sortKey.name;
        keys.sortType = index->sortKey.type;
    }
    return keys;
}

QString QueryBuilder::operation() const {
    return m_operation->currentData().toString();
}

void QueryBuilder::setOperation(const QString& operation) {
    const int at = m_operation->findData(operation);
    if (at >= 0) m_operation->setCurrentIndex(at);
}

QString QueryBuilder::currentAction() const {
    return isTransaction(operation()) ? m_action->currentData().toString() : operation();
}

bool QueryBuilder::isRaw() const {
    return m_raw->isChecked();
}

tools::OperationSpec QueryBuilder::spec(QString* inputError) const {
    QString error;
    tools::OperationSpec s;
    if (isTransaction(operation())) {
        s.operation = operation().toStdString();
        s.transactItems = m_actions;
        s.returnConsumedCapacity = m_consumedCapacity->currentData().toString().toStdString();
    } else {
        s = actionSpec(operation(), &error);
    }
    if (inputError) *inputError = error;
    return s;
}

tools::OperationSpec QueryBuilder::actionSpec(const QString& op, QString* error) const {
    tools::OperationSpec s;
    s.operation = op.toStdString();
    s.tableName = m_table ? m_table->tableName : std::string();
    s.raw = isRaw();
    const bool read = op == QLatin1String("Query") || op == QLatin1String("Scan");
    if (read && selectedIndex()) s.indexName = selectedIndex()->name;
    const tools::KeySchemaInfo keys = keySchema();
    const bool keyed = op != QLatin1String("Scan") && !(op == QLatin1String("Query") && s.raw);
    if (keyed && !keys.partitionKey.empty()) {
        const json pk = keyValue(keys.partitionType, m_partitionValue->text());
        if (op == QLatin1String("Query")) {
            s.keyConditions.push_back({keys.partitionKey, "=", pk, {}});
            const std::string sortOp = m_sortOp->currentData().toString().toStdString();
            if (!keys.sortKey.empty() && !sortOp.empty())
                s.keyConditions.push_back(
                    {keys.sortKey, sortOp, keyValue(keys.sortType, m_sortValue->text()),
                     sortOp == "BETWEEN" ? keyValue(keys.sortType, m_sortValue2->text()) : json()});
        } else {
            s.key = {{keys.partitionKey, pk}};
            if (!keys.sortKey.empty()) s.key[keys.sortKey] = keyValue(keys.sortType, m_sortValue->text());
        }
    }
    if (op == QLatin1String("PutItem") && !m_item->toPlainText().trimmed().isEmpty()) {
        const json item = json::parse(m_item->toPlainText().toStdString(), nullptr, false);
        if (item.is_object())
            s.item = item;
        else if (error && error->isEmpty())
            *error = tr("The other attributes are not a JSON object of DynamoDB attribute values.");
    }
    if (s.raw) {
        s.keyConditionExpression = m_rawKeyCondition->text().toStdString();
        s.conditionExpression = m_rawCondition->text().toStdString();
        s.updateExpression = m_rawUpdate->text().toStdString();
        s.projectionExpression = m_rawProjection->text().toStdString();
        auto parseMap = [error](QPlainTextEdit* edit, const QString& member) {
            const QString text = edit->toPlainText().trimmed();
            if (text.isEmpty()) return json();
            json parsed = json::parse(text.toStdString(), nullptr, false);
            if (parsed.is_discarded()) {
                if (error && error->isEmpty()) *error = tr("%1 is not valid JSON.").arg(member);
                return json();
            }
            return parsed;
        };
        s.names = parseMap(m_rawNames, QStringLiteral("ExpressionAttributeNames"));
        s.values = parseMap(m_rawValues, QStringLiteral("ExpressionAttributeValues"));
    } else {
        s.conditions = m_conditions->conditionRows(error);
        s.conditionJoin = m_join->currentData().toString().toStdString();
        s.updates = m_updates->updateRows(error);
        for (const QString& name : m_projection->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty()) s.projection.push_back(name.trimmed().toStdString());
    }
    s.limit = m_limit->value();
    s.consistentRead = m_consistentRead->isChecked();
    s.scanIndexForward = m_scanForward->isChecked();
    s.returnValues = m_returnValues->currentData().toString().toStdString();
    s.returnConsumedCapacity = m_consumedCapacity->currentData().toString().toStdString();
    return s;
}

void QueryBuilder::setSpec(const tools::OperationSpec& spec) {
    m_loading = true;
    setOperation(fromStd(spec.operation));
    updateVisibility();
    if (spec.isTransaction()) {
        m_actions = spec.transactItems;
        for (tools::OperationSpec& action : m_actions)
            if (m_table) action.tableName = m_table->tableName;
        refreshActionList();
        const int at = m_consumedCapacity->findData(fromStd(spec.returnConsumedCapacity));
        m_consumedCapacity->setCurrentIndex(at < 0 ? 0 : at);
    } else {
        loadAction(spec);
    }
    m_loading = false;
    updateVisibility();
    emit changed();
}

void QueryBuilder::loadAction(const tools::OperationSpec& action) {
    const int index = m_index->findData(fromStd(action.indexName));
    m_index->setCurrentIndex(index < 0 ? 0 : index);
    m_raw->blockSignals(true);
    m_raw->setChecked(action.raw);
    m_raw->blockSignals(false);
    const tools::KeySchemaInfo keys = keySchema();
    auto text = [](const json& value) { return fromStd(tools::typedValueText(value).second); };
    m_partitionValue->clear();
    m_sortValue->clear();
    m_sortValue2->clear();
    m_sortOp->setCurrentIndex(0);
    if (!action.keyConditions.empty()) {
        m_partitionValue->setText(text(action.keyConditions[0].value));
        if (action.keyConditions.size() > 1) {
            const tools::ConditionRow& sort = action.keyConditions[1];
            const int op = m_sortOp->findData(fromStd(sort.op));
            m_sortOp->setCurrentIndex(op < 0 ? 0 : op);
            m_sortValue->setText(text(sort.value));
            m_sortValue2->setText(text(sort.value2));
        }
    } else if (action.key.is_object()) {
        if (action.key.contains(keys.partitionKey)) m_partitionValue->setText(text(action.key[keys.partitionKey]));
        if (!keys.sortKey.empty() && action.key.contains(keys.sortKey))
            m_sortValue->setText(text(action.key[keys.sortKey]));
    }
    json item = action.item.is_object() ? action.item : json::object();
    m_item->setPlainText(item.empty() ? QString() : fromStd(item.dump(1)));
    m_conditions->setConditionRows(action.conditions);
    m_join->setCurrentIndex(action.conditionJoin == "OR" ? 1 : 0);
    m_updates->setUpdateRows(action.updates);
    QStringList projection;
    for (const std::string& name : action.projection) projection.append(fromStd(name));
    m_projection->setText(projection.join(QStringLiteral(", ")));
    m_rawKeyCondition->setText(fromStd(action.keyConditionExpression));
    m_rawCondition->setText(fromStd(action.conditionExpression));
    m_rawUpdate->setText(fromStd(action.updateExpression));
    m_rawProjection->setText(fromStd(action.projectionExpression));
    m_rawNames->setPlainText(action.names.is_null() ? QString() : fromStd(action.names.dump()));
    m_rawValues->setPlainText(action.values.is_null() ? QString() : fromStd(action.values.dump()));
    m_limit->setValue(action.limit);
    m_consistentRead->setChecked(action.consistentRead);
    m_scanForward->setChecked(action.scanIndexForward);
    const int rv = m_returnValues->findData(fromStd(action.returnValues));
    m_returnValues->setCurrentIndex(rv < 0 ? 0 : rv);
    const int rcc = m_consumedCapacity->findData(fromStd(action.returnConsumedCapacity));
    m_consumedCapacity->setCurrentIndex(rcc < 0 ? 0 : rcc);
}

void QueryBuilder::switchMode(bool raw) {
    if (raw) {
        // Start the expressions from what the rows say, so switching loses nothing.
        tools::OperationSpec built = actionSpec(currentAction(), nullptr);
        built.raw = false;
        const tools::BuiltExpressions e = tools::buildExpressions(built);
        m_loading = true;
        m_rawKeyCondition->setText(fromStd(e.keyCondition));
        m_rawCondition->setText(fromStd(e.condition));
        m_rawUpdate->setText(fromStd(e.update));
        m_rawProjection->setText(fromStd(e.projection));
        m_rawNames->setPlainText(e.names.is_null() ? QString() : fromStd(e.names.dump()));
        m_rawValues->setPlainText(e.values.is_null() ? QString() : fromStd(e.values.dump()));
        m_loading = false;
    }
    updateVisibility();
}

void QueryBuilder::addTransactionAction() {
    if (!isTransaction(operation())) return;
    m_actions.push_back(actionSpec(currentAction(), nullptr));
    refreshActionList();
    emit changed();
}

void QueryBuilder::refreshActionList() {
    QStringList lines;
    for (const tools::OperationSpec& action : m_actions) {
        const tools::BuiltExpressions e = tools::buildExpressions(action);
        QString line = operationSummary(action);
        if (action.key.is_object() && !action.key.empty())
            line += QStringLiteral(" ") + fromStd(action.key.dump());
        else if (action.item.is_object() && !action.item.empty())
            line += QStringLiteral(" ") + fromStd(action.item.dump());
        if (!e.update.empty()) line += QStringLiteral(" · ") + fromStd(e.update);
        if (!e.condition.empty()) line += QStringLiteral(" · ") + tr("if %1").arg(fromStd(e.condition));
        lines.append(line);
    }
    m_actionList->setStringList(lines);
}

void QueryBuilder::updateKeyLabels() {
    const tools::KeySchemaInfo keys = keySchema();
    auto label = [](const std::string& name, const std::string& type) {
        return tr("%1 (%2):").arg(fromStd(name), fromStd(type));
    };
    m_partitionLabel->setText(keys.partitionKey.empty() ? tr("Partition key:")
                                                        : label(keys.partitionKey, keys.partitionType));
    m_sortLabel->setText(label(keys.sortKey, keys.sortType));
    m_partitionValue->setPlaceholderText(tr("value of %1").arg(fromStd(keys.partitionKey)));
    m_sortValue->setPlaceholderText(tr("value of %1").arg(fromStd(keys.sortKey)));
}

void QueryBuilder::updateVisibility() {
    const QString op = operation();
    const bool transaction = isTransaction(op);
    // The action list of a transaction depends on its kind.
    const QString wantedActions =
        op == QLatin1String("TransactGetItems") ? QStringLiteral("get") : QStringLiteral("write");
    if (transaction && m_action->property("actionKind").toString() != wantedActions) {
        const QSignalBlocker blocker(m_action);  // rebuilding the list is not a user's choice
        m_action->setProperty("actionKind", wantedActions);
        m_action->clear();
        if (wantedActions == QLatin1String("get")) {
            m_action->addItem(tr("Get"), QStringLiteral("GetItem"));
        } else {
            m_action->addItem(tr("Put"), QStringLiteral("PutItem"));
            m_action->addItem(tr("Update"), QStringLiteral("UpdateItem"));
            m_action->addItem(tr("Delete"), QStringLiteral("DeleteItem"));
            m_action->addItem(tr("Condition check"), QStringLiteral("ConditionCheck"));
        }
    }
    const QString a = currentAction();
    const bool raw = isRaw();
    const bool query = a == QLatin1String("Query");
    const bool read = query || a == QLatin1String("Scan");
    const bool get = a == QLatin1String("GetItem");
    const bool update = a == QLatin1String("UpdateItem");
    const tools::KeySchemaInfo keys = keySchema();

    m_action->setVisible(transaction);
    m_transactionGroup->setVisible(transaction);
    m_index->setVisible(read);
    m_keyGroup->setVisible(a != QLatin1String("Scan") && !(query && raw));
    m_keyGroup->setTitle(query ? tr("Key condition") : tr("Key"));
    m_sortRow->setVisible(!keys.sortKey.empty());
    m_sortLabel->setVisible(!keys.sortKey.empty());
    m_sortOp->setVisible(query);
    const bool between = m_sortOp->currentData().toString() == QLatin1String("BETWEEN");
    m_sortValue->setVisible(!query || !m_sortOp->currentData().toString().isEmpty());
    m_sortValue2->setVisible(query && between);
    m_itemGroup->setVisible(a == QLatin1String("PutItem"));
    m_conditionGroup->setVisible(!raw && !get);
    m_conditionGroup->setTitle(read ? tr("Filter") : tr("Condition"));
    m_updateGroup->setVisible(!raw && update);
    m_projectionRow->setVisible(!raw && (get || read));
    m_rawGroup->setVisible(raw);
    if (auto* form = qobject_cast<QFormLayout*>(m_rawGroup->layout())) {
        form->setRowVisible(m_rawKeyCondition, query);
        form->setRowVisible(m_rawCondition, !get);
        form->setRowVisible(m_rawUpdate, update);
        form->setRowVisible(m_rawProjection, get || read);
    }
    m_limit->setVisible(read);
    m_consistentRead->setVisible(!transaction && (get || read));
    m_scanForward->setVisible(query);
    m_returnValues->setVisible(!transaction &&
                               (a == QLatin1String("PutItem") || update || a == QLatin1String("DeleteItem")));
    updateKeyLabels();
}

}  // namespace shardscope::ui
