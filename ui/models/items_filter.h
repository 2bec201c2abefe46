// ItemsFilter: one per-column filter of the item browser, parsed from what
// the user types into the column's filter box, ready to become part of a
// FilterExpression (or, for key attributes of a Query, the key condition).
//
// The syntax (syntaxHelp() shows it translated):
//   text      equals            <>text, !=text   not equal
//   <n  <=n  >n  >=n            comparisons
//   a..b      between (inclusive)
//   ^text     begins with       ~text            contains
//   *         attribute exists  !*               attribute does not exist
//   "text"    a quoted value is always a string (quotes keep leading operators literal)
// Values are typed by the column's type: a number column compares numbers
// (checked with the engine's number parser), a binary column base64, a
// boolean column true/false; anything else compares strings.
//
// Thread-safety: plain value type.
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

namespace shardscope::ui {

class ItemsFilter {
public:
    enum class Op {
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Between,
        BeginsWith,
        Contains,
        Exists,
        NotExists
    };

    QString attribute;
    Op op = Op::Equal;
    nlohmann::json value;   // a typed attribute value ({"N": "5"}); null for Exists/NotExists
    nlohmann::json value2;  // the upper bound of Between
    QString text;           // as typed

    // Parses `text` typed into `attribute`'s filter box. `typeHint` is the
    // column's type name ("S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "M",
    // "L" or empty). Returns false and sets a translated `*error` (if given)
    // when the text is no condition; an empty text is an error too.
    static bool parse(const QString& attribute, const QString& text, const QString& typeHint, ItemsFilter* out,
                      QString* error);
    // The syntax above, translated, for tooltips.
    static QString syntaxHelp();

    // True for the operators a key condition allows on a sort key
    // (=, <, <=, >, >=, between, begins_with).
    bool isSortKeyOperator() const;
};

}  // namespace shardscope::ui
