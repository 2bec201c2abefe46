#include "models/items_filter.h"

#include "models/items_value_format.h"

#include <QCoreApplication>

namespace shardscope::ui {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ItemsFilter", text);
}

struct Prefix {
    const char* text;
    ItemsFilter::Op op;
};

// Longest prefixes first, so "<=" is not read as "<".
constexpr Prefix kPrefixes[] = {
    {"<>", ItemsFilter::Op::NotEqual}, {"!=", ItemsFilter::Op::NotEqual}, {"<=", ItemsFilter::Op::LessEqual},
    {">=", ItemsFilter::Op::GreaterEqual}, {"==", ItemsFilter::Op::Equal}, {"<", ItemsFilter::Op::Less},
    {">", ItemsFilter::Op::Greater}, {"=", ItemsFilter::Op::Equal}, {"^", ItemsFilter::Op::BeginsWith},
    {"~", ItemsFilter::Op::Contains},
};

bool isQuoted(const QString& text) {
    return text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"'));
}

// The type a comparison value takes in a column of type `hint` under `op`.
QString valueTypeFor(const QString& hint, ItemsFilter::Op op) {
    if (op == ItemsFilter::Op::Contains) {
        // contains() on a set looks for a member, on a string for a substring.
        if (hint == QLatin1String("NS"))
            return QStringLiteral("N");
        if (hint == QLatin1String("BS"))
            return QStringLiteral("B");
        return QStringLiteral("S");
    }
    if (op == ItemsFilter::Op::BeginsWith)
        return hint == QLatin1String("B") ? hint : QStringLiteral("S");
    if (hint == QLatin1String("N") || hint == QLatin1String("B") || hint == QLatin1String("BOOL") ||
        hint == QLatin1String("NULL"))
        return hint;
    return QStringLiteral("S");
}

bool typedValue(const QString& raw, const QString& type, nlohmann::json* out, QString* error) {
    if (isQuoted(raw)) {
        *out = {{"S", raw.mid(1, raw.size() - 2).toStdString()}};
        return true;
    }
    if (type == QLatin1String("N")) {
        QString message;
        if (!ItemsValueFormat::isValidNumber(raw, &message)) {
            *error = tr("“%1” is not a number (%2).").arg(raw, message);
            return false;
        }
        *out = {{"N", raw.toStdString()}};
        return true;
    }
    if (type == QLatin1String("B")) {
        if (!ItemsValueFormat::decodeBase64(raw)) {
            *error = tr("“%1” is not base64; binary values are compared as base64.").arg(raw);
            return false;
        }
        *out = {{"B", raw.toStdString()}};
        return true;
    }
    if (type == QLatin1String("BOOL")) {
        const QString lower = raw.toLower();
        if (lower != QLatin1String("true") && lower != QLatin1String("false")) {
            *error = tr("“%1” is not a boolean; type true or false.").arg(raw);
            return false;
        }
        *out = {{"BOOL", lower == QLatin1String("true")}};
        return true;
    }
    if (type == QLatin1String("NULL") && raw == QLatin1String("null")) {
        *out = {{"NULL", true}};
        return true;
    }
    *out = {{"S", raw.toStdString()}};
    return true;
}

}  // namespace

bool ItemsFilter::parse(const QString& attribute, const QString& text, const QString& typeHint, ItemsFilter* out,
                        QString* error) {
    QString ignored;
    QString& message = error ? *error : ignored;
    ItemsFilter filter;
    filter.attribute = attribute;
    filter.text = text;
    QString rest = text.trimmed();
    if (rest.isEmpty()) {
        message = tr("The filter is empty.");
        return false;
    }
    if (rest == QLatin1String("*") || rest == QLatin1String("!*")) {
        filter.op = rest == QLatin1String("*") ? Op::Exists : Op::NotExists;
        *out = std::move(filter);
        return true;
    }
    QString prefixText;
    if (!isQuoted(rest)) {
        for (const Prefix& prefix : kPrefixes) {
            if (rest.startsWith(QLatin1String(prefix.text))) {
                filter.op = prefix.op;
                prefixText = QLatin1String(prefix.text);
                rest = rest.mid(prefixText.size()).trimmed();
                break;
            }
        }
    }
    if (rest.isEmpty()) {
        message = tr("Type a value after “%1”.").arg(prefixText);
        return false;
    }
    const QString type = valueTypeFor(typeHint, filter.op);
    if (prefixText.isEmpty() && !isQuoted(rest)) {
        // "a..b" is a range (quote a string that contains "..").
        const qsizetype dots = rest.indexOf(QLatin1String(".."));
        if (dots > 0 && dots + 2 < rest.size()) {
            filter.op = Op::Between;
            if (!typedValue(rest.left(dots).trimmed(), type, &filter.value, &message) ||
                !typedValue(rest.mid(dots + 2).trimmed(), type, &filter.value2, &message))
                return false;
            *out = std::move(filter);
            return true;
        }
    }
    if (!typedValue(rest, type, &filter.value, &message))
        return false;
    *out = std::move(filter);
    return true;
}

QString ItemsFilter::syntaxHelp() {
    return tr("text: equals · <>text: not equal · <n, <=n, >n, >=n: compare · a..b: between · "
              "^text: begins with · ~text: contains · *: exists · !*: does not exist · "
              "\"text\": literally this string");
}

bool ItemsFilter::isSortKeyOperator() const {
    switch (op) {
    case Op::Equal:
    case Op::Less:
    case Op::LessEqual:
    case Op::Greater:
    case Op::GreaterEqual:
    case Op::Between:
    case Op::BeginsWith:
        return true;
    default:
        return false;
    }
}

}  // namespace shardscope::ui
