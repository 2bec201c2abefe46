#include "expr/update_applier.h"

#include "expr/path_lookup.h"
#include "expr/value_ops.h"
#include "shardscope/engine/decimal.h"

#include <algorithm>
#include <optional>

namespace shardscope::engine::expr {
namespace {

constexpr const char* kTypeError = "An operand in the update expression has an incorrect data type";
constexpr const char* kMissingError = "The provided expression refers to an attribute that does not exist in the item";
constexpr const char* kPathError = "The document path provided in the update expression is invalid for update";
constexpr const char* kLegacyTypeError = "Type mismatch for attribute to update";
constexpr const char* kPrecisionError = "Attempting to store more than 38 significant digits in a Number";
constexpr const char* kOverflowError =
    "Number overflow. Attempting to store a number with magnitude larger than supported range";

// Whether the parent of `path` exists in `item` with the container type its
// last step needs (top-level paths are always writable).
bool writable(const Item& item, const DocumentPath& path) {
    const std::size_t n = path.elements.size();
    if (n == 1) return true;
    const AttributeValue* parent = findPathPrefix(item, path, n - 1);
    if (!parent) return false;
    return path.elements.back().isIndex() ? parent->is(AttributeType::L) : parent->is(AttributeType::M);
}

// The parent exists but has the wrong type for the last step.
bool wrongParentType(const Item& item, const DocumentPath& path) {
    const std::size_t n = path.elements.size();
    if (n == 1) return false;
    const AttributeValue* parent = findPathPrefix(item, path, n - 1);
    return parent && !writable(item, path);
}

Result<AttributeValue> addNumbers(const AttributeValue& a, const AttributeValue& b, bool subtract) {
    auto x = Decimal::parse(a.scalar());
    if (!x.ok()) return std::move(x).error();
    auto y = Decimal::parse(b.scalar());
    if (!y.ok()) return std::move(y).error();
    auto sum = subtract ? x->subtract(*y) : x->add(*y);
    if (!sum.ok()) {
        // A result that needs more than 38 digits (1e50 + 1) is reported by
        // DynamoDB as an overflow, not as a precision error.
        if (sum.error().message() == kPrecisionError) return ApiError::validation(kOverflowError);
        return std::move(sum).error();
    }
    return AttributeValue::number(sum->toString());
}

AttributeValue setUnion(const AttributeValue& current, const AttributeValue& added) {
    std::vector<std::string> members = current.members();
    for (const std::string& member : added.members()) {
        if (!setHasMember(current, member)) members.push_back(member);
    }
    return AttributeValue::set(current.type(), std::move(members));
}

std::vector<std::string> setMinus(const AttributeValue& current, const AttributeValue& removed) {
    std::vector<std::string> members;
    for (const std::string& member : current.members()) {
        if (!setHasMember(removed, member)) members.push_back(member);
    }
    return members;
}

}  // namespace

struct UpdateApplier::Failure {
    enum class Kind { None, Type, Missing, Number } kind = Kind::None;
    ApiError error;
};

struct UpdateApplier::Write {
    const DocumentPath* path = nullptr;
    bool remove = false;
    AttributeValue value;
};

// Computes a SET value from the old item. Returns false with `failure` set:
// Type (reported at once by the caller), Missing or Number (deferred).
bool UpdateApplier::setValue(const Node& node, const Item& item, AttributeValue* out, Failure* failure) const {
    switch (node.kind) {
    case NodeKind::Value:
        *out = m_values[node.valueIndex];
        return true;
    case NodeKind::Path:
        if (const AttributeValue* found = findPath(item, node.path)) {
            *out = *found;
            return true;
        }
        failure->kind = Failure::Kind::Missing;
        failure->error = ApiError::validation(kMissingError);
        return false;
    case NodeKind::Call:
        if (node.function == Function::IfNotExists) {
            if (const AttributeValue* found = findPath(item, node.children[0].path)) {
                *out = *found;
                return true;
            }
            return setValue(node.children[1], item, out, failure);
        } else {
            AttributeValue first;
            AttributeValue second;
            if (!setValue(node.children[0], item, &first, failure)) return false;
            if (!first.is(AttributeType::L)) {
                failure->kind = Failure::Kind::Type;
                failure->error = ApiError::validation(kTypeError);
                return false;
            }
            if (!setValue(node.children[1], item, &second, failure)) return false;
            if (!second.is(AttributeType::L)) {
                failure->kind = Failure::Kind::Type;
                failure->error = ApiError::validation(kTypeError);
                return false;
            }
            std::vector<AttributeValue> elements = std::move(first.listValue());
            auto& tail = second.listValue();
            elements.insert(elements.end(), std::make_move_iterator(tail.begin()), std::make_move_iterator(tail.end()));
            *out = AttributeValue::list(std::move(elements));
            return true;
        }
    case NodeKind::Arith: {
        AttributeValue a;
        AttributeValue b;
        if (!setValue(node.children[0], item, &a, failure)) return false;
        if (!a.is(AttributeType::N)) {
            failure->kind = Failure::Kind::Type;
            failure->error = ApiError::validation(kTypeError);
            return false;
        }
        if (!setValue(node.children[1], item, &b, failure)) return false;
        if (!b.is(AttributeType::N)) {
            failure->kind = Failure::Kind::Type;
            failure->error = ApiError::validation(kTypeError);
            return false;
        }
        auto sum = addNumbers(a, b, node.arith == '-');
        if (!sum.ok()) {
            failure->kind = Failure::Kind::Number;
            failure->error = std::move(sum).error();
            return false;
        }
        *out = std::move(sum).value();
        return true;
    }
    default:
        failure->kind = Failure::Kind::Type;
        failure->error = ApiError::validation(kTypeError);
        return false;
    }
}

Result<Item> UpdateApplier::apply(const Item& base, bool itemExists) const {
    const std::size_t n = m_actions.size();
    auto lenientRemove = [&](const UpdateAction& action) {
        return !itemExists && action.kind == UpdateActionKind::Remove;
    };

    // 1. A step into an existing attribute of the wrong container type.
    for (const UpdateAction& action : m_actions) {
        if (!lenientRemove(action) && wrongParentType(base, action.path)) return ApiError::validation(kPathError);
    }

    // 2. Values and types, all from the old item.
    std::vector<Write> writes(n);
    std::vector<Failure> deferred(n);
    std::vector<bool> skip(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const UpdateAction& action = m_actions[i];
        Write& write = writes[i];
        write.path = &action.path;
        switch (action.kind) {
        case UpdateActionKind::Set:
            if (!setValue(action.value, base, &write.value, &deferred[i]) && deferred[i].kind == Failure::Kind::Type)
                return deferred[i].error;
            break;
        case UpdateActionKind::Remove:
            write.remove = true;
            break;
        case UpdateActionKind::Add:
        case UpdateActionKind::Delete: {
            const AttributeValue& operand = m_values[action.value.valueIndex];
            const AttributeValue* current = writable(base, action.path) ? findPath(base, action.path) : nullptr;
            const bool isAdd = action.kind == UpdateActionKind::Add;
            if (!current) {
                if (isAdd)
                    write.value = operand;
                else
                    skip[i] = true;
                break;
            }
            const bool appendsList = m_legacy && isAdd && operand.is(AttributeType::L);
            const bool compatible = current->type() == operand.type() &&
                                    (isSetType(operand.type()) || (isAdd && operand.is(AttributeType::N)) || appendsList);
            if (!compatible) return ApiError::validation(m_legacy ? kLegacyTypeError : kTypeError);
            if (appendsList) {
                std::vector<AttributeValue> elements = current->listValue();
                elements.insert(elements.end(), operand.listValue().begin(), operand.listValue().end());
                write.value = AttributeValue::list(std::move(elements));
            } else if (isAdd && operand.is(AttributeType::N)) {
                auto sum = addNumbers(*current, operand, false);
                if (!sum.ok()) return std::move(sum).error();
                write.value = std::move(sum).value();
            } else if (isAdd) {
                write.value = setUnion(*current, operand);
            } else {
                std::vector<std::string> left = setMinus(*current, operand);
                if (left.empty())
                    write.remove = true;
                else
                    write.value = AttributeValue::set(current->type(), std::move(left));
            }
            break;
        }
        }
    }

    // 3. Clause by clause from the last: unwritable paths, then missing reads.
    std::uint32_t lastClause = n ? m_actions.back().clause : 0;
    for (std::int64_t clause = lastClause; clause >= 0; --clause) {
        for (std::size_t i = 0; i < n; ++i) {
            const UpdateAction& action = m_actions[i];
            if (action.clause != clause) continue;
            if (!writable(base, action.path)) {
                if (lenientRemove(action)) {
                    skip[i] = true;
                    continue;
                }
                return ApiError::validation(kPathError);
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (m_actions[i].clause == clause && deferred[i].kind == Failure::Kind::Missing) return deferred[i].error;
        }
    }
    // 4. Numbers out of range in SET arithmetic.
    for (std::size_t i = 0; i < n; ++i) {
        if (deferred[i].kind == Failure::Kind::Number) return deferred[i].error;
    }

    // 5. Write. Top-level and map entries first; list element writes are
    // grouped per list and applied deepest list first, so every index still
    // refers to the list before the update.
    Item out = base;
    struct ListOps {
        const DocumentPath* path;
        std::size_t parentLength;
        std::vector<std::size_t> writes;
    };
    std::vector<ListOps> lists;
    for (std::size_t i = 0; i < n; ++i) {
        if (skip[i]) continue;
        Write& write = writes[i];
        const DocumentPath& path = *write.path;
        const std::size_t length = path.elements.size();
        if (length == 1) {
            if (write.remove)
                out.erase(path.root());
            else
                out.set(path.root(), std::move(write.value));
            continue;
        }
        const PathElement& last = path.elements.back();
        if (!last.isIndex()) {
            AttributeValue* parent = findPathPrefix(out, path, length - 1);
            if (write.remove)
                parent->mapValue().erase(last.name);
            else
                parent->mapValue().set(last.name, std::move(write.value));
            continue;
        }
        auto it = std::find_if(lists.begin(), lists.end(), [&](const ListOps& ops) {
            if (ops.parentLength != length - 1) return false;
            for (std::size_t k = 0; k + 1 < length; ++k) {
                if (!(ops.path->elements[k] == path.elements[k])) return false;
            }
            return true;
        });
        if (it == lists.end()) {
            lists.push_back({&path, length - 1, {}});
            it = std::prev(lists.end());
        }
        it->writes.push_back(i);
    }
    std::stable_sort(lists.begin(), lists.end(),
                     [](const ListOps& a, const ListOps& b) { return a.parentLength > b.parentLength; });
    for (ListOps& ops : lists) {
        AttributeValue* parent = findPathPrefix(out, *ops.path, ops.parentLength);
        std::vector<AttributeValue>& list = parent->listValue();
        const std::size_t oldSize = list.size();
        std::vector<bool> removed(oldSize, false);
        std::vector<std::pair<std::int64_t, std::size_t>> appended;  // (index, write)
        for (const std::size_t w : ops.writes) {
            const auto index = static_cast<std::size_t>(writes[w].path->elements.back().index);
            if (writes[w].remove) {
                if (index < oldSize) removed[index] = true;
            } else if (index < oldSize) {
                list[index] = std::move(writes[w].value);
            } else {
                appended.emplace_back(static_cast<std::int64_t>(index), w);
            }
        }
        std::vector<AttributeValue> result;
        result.reserve(oldSize + appended.size());
        for (std::size_t k = 0; k < oldSize; ++k) {
            if (!removed[k]) result.push_back(std::move(list[k]));
        }
        std::stable_sort(appended.begin(), appended.end());
        for (const auto& entry : appended) result.push_back(std::move(writes[entry.second].value));
        list = std::move(result);
    }
    return out;
}

}  // namespace shardscope::engine::expr
