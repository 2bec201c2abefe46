#include "models/items_value_format.h"

#include "shardscope/engine/decimal.h"

#include <array>

namespace shardscope::ui {
namespace {

struct TypeEntry {
    const char* name;
    ItemValueType type;
};

constexpr std::array<TypeEntry, 10> kTypes{{{"S", ItemValueType::S},
                                            {"N", ItemValueType::N},
                                            {"B", ItemValueType::B},
                                            {"BOOL", ItemValueType::Bool},
                                            {"NULL", ItemValueType::Null},
                                            {"M", ItemValueType::M},
                                            {"L", ItemValueType::L},
                                            {"SS", ItemValueType::SS},
                                            {"NS", ItemValueType::NS},
                                            {"BS", ItemValueType::BS}}};

// Appends the unwrapped preview of `value` to `out` until `out` reaches
// `budget` characters; returns false once the budget is exhausted.
bool appendPreview(const nlohmann::json& value, qsizetype budget, QString& out, bool quoteStrings);

bool appendText(QString& out, const QString& text, qsizetype budget) {
    if (out.size() + text.size() <= budget) {
        out += text;
        return true;
    }
    out += QStringView(text).left(qMax<qsizetype>(0, budget - out.size()));
    return false;
}

bool appendQuoted(QString& out, const std::string& text, qsizetype budget) {
    // Strings inside containers are quoted (JSON-like) so "1" and 1 read differently.
    QString quoted = QString::fromStdString(nlohmann::json(text).dump(-1, ' ', false,
                                                                        nlohmann::json::error_handler_t::replace));
    return appendText(out, quoted, budget);
}

bool appendPreview(const nlohmann::json& value, qsizetype budget, QString& out, bool quoteStrings) {
    const ItemValueType type = ItemsValueFormat::typeOf(value);
    const nlohmann::json& inner = type == ItemValueType::Missing ? value : value.begin().value();
    switch (type) {
    case ItemValueType::S:
    case ItemValueType::B:
        if (!inner.is_string())
            return appendText(out, QStringLiteral("?"), budget);
        if (quoteStrings)
            return appendQuoted(out, inner.get_ref<const std::string&>(), budget);
        return appendText(out, QString::fromStdString(inner.get_ref<const std::string&>()), budget);
    case ItemValueType::N:
        return appendText(out, inner.is_string() ? QString::fromStdString(inner.get_ref<const std::string&>())
                                                 : QStringLiteral("?"),
                          budget);
    case ItemValueType::Bool:
        return appendText(out, inner.is_boolean() && inner.get<bool>() ? QStringLiteral("true")
                                                                        : QStringLiteral("false"),
                          budget);
    case ItemValueType::Null:
        return appendText(out, QStringLiteral("null"), budget);
    case ItemValueType::M: {
        if (!appendText(out, QStringLiteral("{"), budget))
            return false;
        bool first = true;
        if (inner.is_object()) {
            for (auto it = inner.begin(); it != inner.end(); ++it) {
                if (!first && !appendText(out, QStringLiteral(", "), budget))
                    return false;
                first = false;
                if (!appendQuoted(out, it.key(), budget) || !appendText(out, QStringLiteral(": "), budget) ||
                    !appendPreview(it.value(), budget, out, true))
                    return false;
            }
        }
        return appendText(out, QStringLiteral("}"), budget);
    }
    case ItemValueType::L:
    case ItemValueType::SS:
    case ItemValueType::NS:
    case ItemValueType::BS: {
        if (!appendText(out, QStringLiteral("["), budget))
            return false;
        bool first = true;
        if (inner.is_array()) {
            for (const nlohmann::json& element : inner) {
                if (!first && !appendText(out, QStringLiteral(", "), budget))
                    return false;
                first = false;
                bool ok = true;
                if (type == ItemValueType::L)
                    ok = appendPreview(element, budget, out, true);
                else if (!element.is_string())
                    ok = appendText(out, QStringLiteral("?"), budget);
                else if (type == ItemValueType::NS)
                    ok = appendText(out, QString::fromStdString(element.get_ref<const std::string&>()), budget);
                else
                    ok = appendQuoted(out, element.get_ref<const std::string&>(), budget);
                if (!ok)
                    return false;
            }
        }
        return appendText(out, QStringLiteral("]"), budget);
    }
    case ItemValueType::Missing:
        break;
    }
    return appendText(out, QString::fromStdString(value.dump()), budget);
}

}  // namespace

ItemValueType ItemsValueFormat::typeOf(const nlohmann::json& value) {
    if (!value.is_object() || value.size() != 1)
        return ItemValueType::Missing;
    const std::string& key = value.begin().key();
    for (const TypeEntry& entry : kTypes)
        if (key == entry.name)
            return entry.type;
    return ItemValueType::Missing;
}

QString ItemsValueFormat::typeName(ItemValueType type) {
    for (const TypeEntry& entry : kTypes)
        if (entry.type == type)
            return QLatin1String(entry.name);
    return {};
}

ItemValueType ItemsValueFormat::typeFromName(const QString& name) {
    for (const TypeEntry& entry : kTypes)
        if (name == QLatin1String(entry.name))
            return entry.type;
    return ItemValueType::Missing;
}

QString ItemsValueFormat::preview(const nlohmann::json& value, int maxChars, bool* truncated) {
    QString out;
    const bool complete = appendPreview(value, maxChars, out, false);
    if (truncated)
        *truncated = !complete;
    if (!complete)
        out += QChar(0x2026);
    return out;
}

QString ItemsValueFormat::csvText(const nlohmann::json& value) {
    const ItemValueType type = typeOf(value);
    const nlohmann::json& inner = value.is_object() && !value.empty() ? value.begin().value() : value;
    switch (type) {
    case ItemValueType::S:
    case ItemValueType::N:
    case ItemValueType::B:
        return inner.is_string() ? QString::fromStdString(inner.get_ref<const std::string&>()) : QString();
    case ItemValueType::Bool:
        return inner.is_boolean() && inner.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case ItemValueType::Null:
        return {};
    default:
        return QString::fromStdString(inner.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
}

QString ItemsValueFormat::hexPreview(const QByteArray& bytes, int maxBytes) {
    QString hex = QString::fromLatin1(bytes.left(maxBytes).toHex(' '));
    if (bytes.size() > maxBytes)
        hex += QStringLiteral(" \u2026");
    return hex;
}

bool ItemsValueFormat::isValidNumber(const QString& text, QString* error) {
    // The engine's own parser: the UI holds no second number grammar.
    const auto parsed = engine::Decimal::parse(text.toStdString());
    if (parsed.ok())
        return true;
    if (error)
        *error = QString::fromStdString(parsed.error().message());
    return false;
}

bool ItemsValueFormat::decodeBase64(const QString& text, QByteArray* bytes) {
    const auto result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // fromBase64Encoding tolerates missing padding; DynamoDB does not.
    if (!result || text.size() % 4 != 0)
        return false;
    if (bytes)
        *bytes = result.decoded;
    return true;
}

}  // namespace shardscope::ui
