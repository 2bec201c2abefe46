#include "ttl/expiry_rule.h"

#include <cstdlib>
#include <string>

namespace shardscope::engine::ttl {

bool expiryOf(const Item& item, std::string_view attribute, double* epochSeconds) {
    const AttributeValue* value = item.find(attribute);
    if (!value || !value->is(AttributeType::N)) return false;
    // Canonical decimal text; a double is exact enough to compare with now.
    *epochSeconds = std::strtod(value->scalar().c_str(), nullptr);
    return true;
}

bool isExpired(const Item& item, std::string_view attribute, double nowSeconds) {
    double expiry = 0;
    if (!expiryOf(item, attribute, &expiry)) return false;
    return expiry < nowSeconds && expiry >= nowSeconds - kFiveYearsSeconds;
}

}  // namespace shardscope::engine::ttl
