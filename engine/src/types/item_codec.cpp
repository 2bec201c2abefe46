#include "types/item_codec.h"

#include "types/base64.h"

namespace shardscope::engine {
namespace {

constexpr int kMaxDecodeDepth = 64;  // twice DynamoDB's nesting limit

void putVarint(std::string* out, std::uint64_t v) {
    while (v >= 0x80) {
        out->push_back(static_cast<char>((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out->push_back(static_cast<char>(v));
}

void putBytes(std::string* out, std::string_view bytes) {
    putVarint(out, bytes.size());
    out->append(bytes);
}

void encodeMap(const AttributeMap& map, std::string* out);

void encodeValue(const AttributeValue& v, std::string* out) {
    out->push_back(static_cast<char>(v.type()));
    switch (v.type()) {
    case AttributeType::S:
    case AttributeType::N:
    case AttributeType::B: putBytes(out, v.scalar()); break;
    case AttributeType::BOOL: out->push_back(v.boolValue() ? 1 : 0); break;
    case AttributeType::Null: break;
    case AttributeType::M: encodeMap(v.mapValue(), out); break;
    case AttributeType::L:
        putVarint(out, v.listValue().size());
        for (const auto& e : v.listValue()) encodeValue(e, out);
        break;
    case AttributeType::SS:
    case AttributeType::NS:
    case AttributeType::BS:
        putVarint(out, v.members().size());
        for (const auto& m : v.members()) putBytes(out, m);
        break;
    }
}

void encodeMap(const AttributeMap& map, std::string* out) {
    putVarint(out, map.size());
    for (const auto& [name, value] : map) {
        putBytes(out, name);
        encodeValue(value, out);
    }
}

class Reader {
public:
    explicit Reader(std::string_view bytes) : m_bytes(bytes) {}

    bool varint(std::uint64_t* v) {
        *v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_bytes.size()) return false;
            const auto b = static_cast<unsigned char>(m_bytes[m_pos++]);
            *v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
            if (!(b & 0x80)) return true;
        }
        return false;
    }
    bool bytes(std::string* out) {
        std::uint64_t n = 0;
        if (!varint(&n) || n > m_bytes.size() - m_pos) return false;
        out->assign(m_bytes.substr(m_pos, n));
        m_pos += n;
        return true;
    }
    bool byte(unsigned char* out) {
        if (m_pos >= m_bytes.size()) return false;
        *out = static_cast<unsigned char>(m_bytes[m_pos++]);
        return true;
    }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    std::size_t remaining() const { return m_bytes.size() - m_pos; }

private:
    std::string_view m_bytes;
    std::size_t m_pos = 0;
};

bool decodeMap(Reader& r, AttributeMap* out, int depth);

bool decodeValue(Reader& r, AttributeValue* out, int depth) {
    if (depth > kMaxDecodeDepth) return false;
    unsigned char tag = 0;
    if (!r.byte(&tag) || tag > static_cast<unsigned char>(AttributeType::BS)) return false;
    const auto type = static_cast<AttributeType>(tag);
    switch (type) {
    case AttributeType::S:
    case AttributeType::N:
    case AttributeType::B: {
        std::string s;
        if (!r.bytes(&s)) return false;
        *out = type == AttributeType::S   ? AttributeValue::string(std::move(s))
               : type == AttributeType::N ? AttributeValue::number(std::move(s))
                                          : AttributeValue::binary(std::move(s));
        return true;
    }
    case AttributeType::BOOL: {
        unsigned char b = 0;
        if (!r.byte(&b)) return false;
        *out = AttributeValue::boolean(b != 0);
        return true;
    }
    case AttributeType::Null: *out = AttributeValue::null(); return true;
    case AttributeType::M: {
        AttributeMap m;
        if (!decodeMap(r, &m, depth + 1)) return false;
        *out = AttributeValue::map(std::move(m));
        return true;
    }
    case AttributeType::L: {
        std::uint64_t n = 0;
        if (!r.varint(&n) || n > r.remaining()) return false;
        std::vector<AttributeValue> list(n);
        for (auto& e : list)
            if (!decodeValue(r, &e, depth + 1)) return false;
        *out = AttributeValue::list(std::move(list));
        return true;
    }
    case AttributeType::SS:
    case AttributeType::NS:
    case AttributeType::BS: {
        std::uint64_t n = 0;
        if (!r.varint(&n) || n > r.remaining()) return false;
        std::vector<std::string> members(n);
        for (auto& m : members)
            if (!r.bytes(&m)) return false;
        // Stored sorted already; set() re-sorts cheaply on sorted input.
        *out = AttributeValue::set(type, std::move(members));
        return true;
    }
    }
    return false;
}

bool decodeMap(Reader& r, AttributeMap* out, int depth) {
    std::uint64_t n = 0;
    if (!r.varint(&n) || n > r.remaining()) return false;
    for (std::uint64_t i = 0; i < n; ++i) {
        std::string name;
        AttributeValue value;
        if (!r.bytes(&name) || !decodeValue(r, &value, depth)) return false;
        out->set(std::move(name), std::move(value));
    }
    return true;
}

// The JSON twin of decodeValue()/decodeMap(): what toJson() makes of the
// decoded value, built directly. Maps were encoded in name order, so members
// append at the end of nlohmann's (ordered) object.
using Json = nlohmann::json;

bool decodeMapToJson(Reader& r, Json* out, int depth);

bool decodeValueToJson(Reader& r, Json* out, int depth) {
    if (depth > kMaxDecodeDepth) return false;
    unsigned char tag = 0;
    if (!r.byte(&tag) || tag > static_cast<unsigned char>(AttributeType::BS)) return false;
    const auto type = static_cast<AttributeType>(tag);
    Json inner;
    switch (type) {
    case AttributeType::S:
    case AttributeType::N: {
        std::string s;
        if (!r.bytes(&s)) return false;
        inner = std::move(s);
        break;
    }
    case AttributeType::B: {
        std::string s;
        if (!r.bytes(&s)) return false;
        inner = base64Encode(s);
        break;
    }
    case AttributeType::BOOL: {
        unsigned char b = 0;
        if (!r.byte(&b)) return false;
        inner = b != 0;
        break;
    }
    case AttributeType::Null: inner = true; break;
    case AttributeType::M:
        if (!decodeMapToJson(r, &inner, depth + 1)) return false;
        break;
    case AttributeType::L: {
        std::uint64_t n = 0;
        if (!r.varint(&n) || n > r.remaining()) return false;
        inner = Json::array();
        auto& list = inner.get_ref<Json::array_t&>();
        list.resize(n);
        for (auto& e : list)
            if (!decodeValueToJson(r, &e, depth + 1)) return false;
        break;
    }
    case AttributeType::SS:
    case AttributeType::NS:
    case AttributeType::BS: {
        std::uint64_t n = 0;
        if (!r.varint(&n) || n > r.remaining()) return false;
        inner = Json::array();
        auto& list = inner.get_ref<Json::array_t&>();
        list.reserve(n);
        // Stored sorted (as AttributeValue keeps set members), so in the order
        // toJson() writes them.
        for (std::uint64_t i = 0; i < n; ++i) {
            std::string m;
            if (!r.bytes(&m)) return false;
            list.emplace_back(type == AttributeType::BS ? base64Encode(m) : std::move(m));
        }
        break;
    }
    }
    *out = Json(Json::value_t::object);
    out->get_ref<Json::object_t&>().emplace(std::string(attributeTypeName(type)), std::move(inner));
    return true;
}

bool decodeMapToJson(Reader& r, Json* out, int depth) {
    std::uint64_t n = 0;
    if (!r.varint(&n) || n > r.remaining()) return false;
    *out = Json(Json::value_t::object);
    auto& members = out->get_ref<Json::object_t&>();
    for (std::uint64_t i = 0; i < n; ++i) {
        std::string name;
        Json value;
        if (!r.bytes(&name) || !decodeValueToJson(r, &value, depth)) return false;
        // A repeated name (never encoded) keeps the last value, as decodeMap().
        members.insert_or_assign(members.end(), std::move(name), std::move(value));
    }
    return true;
}

}  // namespace

void encodeItemInto(const Item& item, std::string* out) { encodeMap(item, out); }

std::string encodeItem(const Item& item) {
    std::string out;
    out.reserve(256);
    encodeMap(item, &out);
    return out;
}

Result<Item> decodeItem(std::string_view bytes) {
    Reader r(bytes);
    Item item;
    if (!decodeMap(r, &item, 0) || !r.atEnd()) return ApiError::internal("Corrupt item encoding in storage");
    return item;
}

Result<nlohmann::json> decodeItemToJson(std::string_view bytes) {
    Reader r(bytes);
    Json item;
    if (!decodeMapToJson(r, &item, 0) || !r.atEnd()) return ApiError::internal("Corrupt item encoding in storage");
    return item;
}

}  // namespace shardscope::engine
