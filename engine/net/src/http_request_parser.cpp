#include "http_request_parser.h"

#include "http_text.h"

#include <algorithm>
#include <limits>

namespace shardscope::net {

namespace {

using http::equalsIgnoringCase;
using http::startsWithIgnoringCase;
constexpr auto trim = http::trimOws;

constexpr std::string_view kCrlf = "\r\n";
// Longer chunk-size or trailer lines are not a client we serve.
constexpr std::size_t kMaxLineBytes = 8 * 1024;
// Consumed body bytes are dropped from the buffer beyond this, so that a
// large (or endless) body does not pile up.
constexpr std::size_t kCompactBytes = 64 * 1024;

// RFC 9110 tchar: the characters of a header name or method.
bool isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

constexpr std::size_t kMaxLength = std::numeric_limits<std::size_t>::max() / 16 - 1;

bool parseDecimal(std::string_view text, std::size_t* out) {
    if (text.empty())
        return false;
    std::size_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9' || value > kMaxLength / 10)
            return false;
        value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    *out = value;
    return true;
}

bool parseHex(std::string_view text, std::size_t* out) {
    if (text.empty())
        return false;
    std::size_t value = 0;
    for (const char c : text) {
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (http::asciiLower(c) >= 'a' && http::asciiLower(c) <= 'f')
            digit = http::asciiLower(c) - 'a' + 10;
        else
            return false;
        if (value > kMaxLength / 16)
            return false;
        value = value * 16 + static_cast<std::size_t>(digit);
    }
    *out = value;
    return true;
}

// Whether the comma-separated list `value` holds `token` (case-insensitive).
bool listHas(std::string_view value, std::string_view token) {
    while (!value.empty()) {
        const std::size_t comma = value.find(',');
        if (equalsIgnoringCase(trim(value.substr(0, comma)), token))
            return true;
        if (comma == std::string_view::npos)
            break;
        value.remove_prefix(comma + 1);
    }
    return false;
}

// The last member of a comma-separated list.
std::string_view lastListMember(std::string_view value) {
    const std::size_t comma = value.rfind(',');
    return trim(comma == std::string_view::npos ? value : value.substr(comma + 1));
}

// The path of a request target: origin-form "/p?q" gives "/p"; absolute-form
// "http://host/p?q" gives "/p" ("/" without a path); anything else is kept.
std::string_view pathOf(std::string_view target) {
    if (startsWithIgnoringCase(target, "http://") || startsWithIgnoringCase(target, "https://")) {
        target.remove_prefix(target.find("//") + 2);
        const std::size_t slash = target.find_first_of("/?#");
        if (slash == std::string_view::npos || target[slash] != '/')
            return "/";
        target.remove_prefix(slash);
    }
    if (target.empty() || target.front() != '/')
        return target;
    return target.substr(0, target.find_first_of("?#"));
}

}  // namespace

char* HttpRequestParser::prepareAppend(std::size_t size) {
    const std::size_t used = m_buffer.size();
    m_buffer.resize(used + size);
    m_appendBase = used;
    return m_buffer.data() + used;
}

void HttpRequestParser::commit(std::size_t written) {
    m_buffer.resize(m_appendBase + written);
}

void HttpRequestParser::append(std::string_view bytes) {
    m_buffer.append(bytes);
}

HttpRequestParser::Status HttpRequestParser::next() {
    if (m_consumed > 0) {
        m_buffer.erase(0, m_consumed);
        m_cursor -= m_consumed;
        m_headScanFrom = m_headScanFrom > m_consumed ? m_headScanFrom - m_consumed : 0;
        m_consumed = 0;
    }
    Status status = Status::NeedMore;
    switch (m_state) {
    case State::Head:
        status = parseHead();
        break;
    case State::Body:
        if (m_buffer.size() - m_cursor >= m_remaining) {
            m_request.body = std::string_view(m_buffer).substr(m_cursor, m_remaining);
            m_cursor += m_remaining;
            return ready();
        }
        break;
    case State::Discard: {
        const std::size_t take = std::min(m_buffer.size() - m_cursor, m_remaining);
        m_remaining -= take;
        m_buffer.erase(0, m_cursor + take);
        m_cursor = 0;
        m_headScanFrom = 0;
        if (m_remaining == 0) {
            m_request.body = {};
            m_request.bodyTooLarge = true;
            return ready();
        }
        break;
    }
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers:
        status = parseChunked();
        break;
    }
    if (status == Status::NeedMore && m_state != State::Head && m_expectContinue && !m_continueReported) {
        m_continueReported = true;
        return Status::ContinueExpected;
    }
    return status;
}

HttpRequestParser::Status HttpRequestParser::parseHead() {
    // Empty lines before a request line are allowed (RFC 9112, 2.2).
    while (m_buffer.size() - m_cursor >= 2 && m_buffer.compare(m_cursor, 2, kCrlf) == 0)
        m_cursor += 2;
    m_consumed = m_cursor;

    const std::size_t end = m_buffer.find("\r\n\r\n", std::max(m_cursor, m_headScanFrom));
    if (end == std::string::npos) {
        if (m_buffer.size() - m_cursor > kMaxHeaderBytes)
            return Status::Error;
        m_headScanFrom = m_buffer.size() >= 3 ? m_buffer.size() - 3 : 0;
        return Status::NeedMore;
    }
    if (end - m_cursor > kMaxHeaderBytes)
        return Status::Error;
    std::string_view head = std::string_view(m_buffer).substr(m_cursor, end - m_cursor);

    // Per-request state.
    m_request.target.clear();
    m_request.contentType.clear();
    m_request.body = {};
    m_request.bodyTooLarge = false;
    m_chunked = false;
    m_expectContinue = false;
    m_continueReported = false;
    m_sawContentLength = false;
    m_sawTarget = false;
    m_sawContentType = false;
    m_connectionClose = false;
    m_connectionKeepAlive = false;
    m_contentLength = 0;

    // METHOD SP request-target SP HTTP-version
    const std::size_t lineEnd = head.find(kCrlf);
    const std::string_view requestLine = head.substr(0, lineEnd);
    const std::size_t firstSpace = requestLine.find(' ');
    const std::size_t lastSpace = requestLine.rfind(' ');
    if (firstSpace == std::string_view::npos || firstSpace == 0 || lastSpace == firstSpace ||
        lastSpace == firstSpace + 1)
        return Status::Error;
    const std::string_view method = requestLine.substr(0, firstSpace);
    const std::string_view target = requestLine.substr(firstSpace + 1, lastSpace - firstSpace - 1);
    const std::string_view version = requestLine.substr(lastSpace + 1);
    if (!std::all_of(method.begin(), method.end(), isTokenChar) ||
        target.find_first_of(" \t\r\n") != std::string_view::npos)
        return Status::Error;
    if (version == "HTTP/1.1")
        m_http10 = false;
    else if (version == "HTTP/1.0")
        m_http10 = true;
    else
        return Status::Error;
    m_request.method = method == "POST"   ? HttpRequest::Method::Post
                       : method == "GET"  ? HttpRequest::Method::Get
                       : method == "HEAD" ? HttpRequest::Method::Head
                                          : HttpRequest::Method::Other;
    m_request.path.assign(pathOf(target));
    if (m_keepHeaders) {
        m_request.methodName.assign(method);
        const std::size_t question = target.find('?');
        m_request.query.assign(question == std::string_view::npos
                                   ? std::string_view()
                                   : target.substr(question + 1, target.find('#', question) - question - 1));
        m_request.headers.clear();
    }

    std::string_view fields = lineEnd == std::string_view::npos ? std::string_view() : head.substr(lineEnd + 2);
    while (!fields.empty()) {
        const std::size_t eol = fields.find(kCrlf);
        const std::string_view line = fields.substr(0, eol);
        if (!parseHeaderLine(line))
            return Status::Error;
        if (eol == std::string_view::npos)
            break;
        fields.remove_prefix(eol + 2);
    }

    m_cursor = end + 4;
    m_headScanFrom = m_cursor;
    if (m_chunked) {
        m_state = State::ChunkSize;
        m_chunkedBody.clear();
        m_bodyBytes = 0;
        return parseChunked();
    }
    m_remaining = m_contentLength;
    if (m_remaining == 0)
        return ready();
    m_state = m_remaining > m_maxBodyBytes ? State::Discard : State::Body;
    return next();
}

bool HttpRequestParser::parseHeaderLine(std::string_view line) {
    // Obsolete line folding, bare CR or LF, and "Name :" are all refused.
    if (line.empty() || line.front() == ' ' || line.front() == '\t' ||
        line.find_first_of("\r\n") != std::string_view::npos)
        return false;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0)
        return false;
    const std::string_view name = line.substr(0, colon);
    if (!std::all_of(name.begin(), name.end(), isTokenChar))
        return false;
    const std::string_view value = trim(line.substr(colon + 1));
    if (m_keepHeaders)
        m_request.headers.emplace_back(name, value);

    // A repeated X-Amz-Target or Content-Type: the first one counts.
    if (equalsIgnoringCase(name, "x-amz-target")) {
        if (!m_sawTarget)
            m_request.target.assign(value);
        m_sawTarget = true;
    } else if (equalsIgnoringCase(name, "content-type")) {
        if (!m_sawContentType)
            m_request.contentType.assign(value);
        m_sawContentType = true;
    } else if (equalsIgnoringCase(name, "content-length")) {
        std::size_t length = 0;
        if (!parseDecimal(value, &length) || (m_sawContentLength && length != m_contentLength))
            return false;
        m_sawContentLength = true;
        m_contentLength = length;
    } else if (equalsIgnoringCase(name, "transfer-encoding")) {
        // Chunked must be the final coding of a request body (RFC 9112, 6.3).
        if (!equalsIgnoringCase(lastListMember(value), "chunked"))
            return false;
        m_chunked = true;
    } else if (equalsIgnoringCase(name, "connection")) {
        m_connectionClose = m_connectionClose || listHas(value, "close");
        m_connectionKeepAlive = m_connectionKeepAlive || listHas(value, "keep-alive");
    } else if (equalsIgnoringCase(name, "expect")) {
        m_expectContinue = equalsIgnoringCase(value, "100-continue");
    }
    return true;
}

HttpRequestParser::Status HttpRequestParser::parseChunked() {
    for (;;) {
        switch (m_state) {
        case State::ChunkSize: {
            const std::size_t eol = m_buffer.find(kCrlf, m_cursor);
            if (eol == std::string::npos)
                return m_buffer.size() - m_cursor > kMaxLineBytes ? Status::Error : Status::NeedMore;
            std::string_view line = std::string_view(m_buffer).substr(m_cursor, eol - m_cursor);
            line = trim(line.substr(0, line.find(';')));  // chunk extensions are ignored
            std::size_t size = 0;
            if (!parseHex(line, &size))
                return Status::Error;
            m_cursor = eol + 2;
            m_remaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const std::size_t take = std::min(m_buffer.size() - m_cursor, m_remaining);
            if (m_bodyBytes + take <= m_maxBodyBytes)
                m_chunkedBody.append(m_buffer, m_cursor, take);
            else
                m_chunkedBody.clear();  // too large: counted, not kept
            m_bodyBytes += take;
            m_cursor += take;
            m_remaining -= take;
            if (m_cursor > kCompactBytes) {
                m_buffer.erase(0, m_cursor);
                m_cursor = 0;
            }
            if (m_remaining > 0)
                return Status::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (m_buffer.size() - m_cursor < 2)
                return Status::NeedMore;
            if (m_buffer.compare(m_cursor, 2, kCrlf) != 0)
                return Status::Error;
            m_cursor += 2;
            m_state = State::ChunkSize;
            break;
        case State::Trailers: {
            const std::size_t eol = m_buffer.find(kCrlf, m_cursor);
            if (eol == std::string::npos)
                return m_buffer.size() - m_cursor > kMaxLineBytes ? Status::Error : Status::NeedMore;
            const bool last = eol == m_cursor;
            m_cursor = eol + 2;
            if (!last)
                break;  // a trailer field: not used
            m_request.bodyTooLarge = m_bodyBytes > m_maxBodyBytes;
            m_request.body = m_request.bodyTooLarge ? std::string_view() : std::string_view(m_chunkedBody);
            return ready();
        }
        case State::Head:
        case State::Body:
        case State::Discard:
            return Status::Error;  // not reached: only chunk states come here
        }
    }
}

HttpRequestParser::Status HttpRequestParser::ready() {
    m_request.keepAlive = m_http10 ? m_connectionKeepAlive && !m_connectionClose : !m_connectionClose;
    m_consumed = m_cursor;
    m_headScanFrom = m_cursor;
    m_state = State::Head;
    return Status::Ready;
}

}  // namespace shardscope::net
