// HttpRequestParser: incremental HTTP/1.1 request parsing for the endpoint.
//
// A connection appends the bytes it receives and asks for the next complete
// request; requests may arrive in pieces or several at once (pipelining).
// What the endpoint needs is extracted and nothing else is kept: the method,
// the target's path, X-Amz-Target, Content-Type, keep-alive and the body.
//
//   request line    METHOD SP request-target SP HTTP/1.0|HTTP/1.1 CRLF, after
//                   any empty lines; the path is the target's up to '?' or
//                   '#' (absolute-form targets lose scheme and authority)
//   headers         "Name: value" lines up to an empty line, at most
//                   kMaxHeaderBytes in all; obsolete line folding, a space
//                   before the colon or a malformed line is an error
//   body            Transfer-Encoding: chunked (extensions and trailers are
//                   skipped), else Content-Length (conflicting or malformed
//                   lengths are an error), else empty. A body larger than the
//                   limit is read and dropped as it arrives, and the request
//                   is returned with bodyTooLarge set.
//   keep-alive      HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with
//                   "Connection: keep-alive"
//   Expect          "100-continue" makes next() report ContinueExpected once
//                   while the body is still to come.
//   all headers     only with setKeepHeaders(true) (SigV4 verification needs
//                   them and the query string; the plain endpoint does not
//                   pay for copying them)
//
// After an Error the connection must be closed: the stream cannot be resynced.
//
// Thread-safety: none; one parser per connection.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace shardscope::net {

struct HttpRequest {
    enum class Method { Get, Post, Head, Other };

    Method method = Method::Other;
    std::string path;
    // With setKeepHeaders(true): the method as sent, the target's query (after
    // '?', still percent-encoded) and every header line in order, names as sent.
    std::string methodName;
    std::string query;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string target;       // X-Amz-Target; empty when absent
    std::string contentType;  // Content-Type; empty when absent
    // Valid until the next call to append() or next().
    std::string_view body;
    bool bodyTooLarge = false;
    bool keepAlive = true;
};

class HttpRequestParser {
public:
    static constexpr std::size_t kMaxHeaderBytes = 64 * 1024;

    enum class Status {
        NeedMore,          // no complete request yet
        Ready,             // request() holds the next request
        ContinueExpected,  // headers of a request with "Expect: 100-continue" are in, its body is not
        Error,             // malformed; close the connection
    };

    explicit HttpRequestParser(std::size_t maxBodyBytes) : m_maxBodyBytes(maxBodyBytes) {}

    // Whether request() also carries methodName, query and headers.
    void setKeepHeaders(bool keep) { m_keepHeaders = keep; }

    // Room for `size` more received bytes; commit() says how many were written.
    char* prepareAppend(std::size_t size);
    void commit(std::size_t written);
    void append(std::string_view bytes);

    // Parses on from where the last call stopped. After Ready, request() is
    // valid until the next call to append() or next().
    Status next();
    const HttpRequest& request() const { return m_request; }
    // Whether bytes of a request not yet returned by next() have arrived.
    bool hasPartialRequest() const { return m_state != State::Head || m_buffer.size() > m_consumed; }

private:
    enum class State { Head, Body, Discard, ChunkSize, ChunkData, ChunkDataEnd, Trailers };

    Status parseHead();
    Status parseChunked();
    Status ready();
    bool parseHeaderLine(std::string_view line);

    const std::size_t m_maxBodyBytes;
    bool m_keepHeaders = false;
    std::string m_buffer;          // received, not yet consumed
    std::size_t m_consumed = 0;    // bytes of m_buffer done with, dropped by the next next()
    std::size_t m_cursor = 0;      // parse position inside m_buffer
    std::size_t m_headScanFrom = 0;  // where the search for the head's end resumes
    std::size_t m_appendBase = 0;    // prepareAppend()'s start, for commit()
    State m_state = State::Head;
    HttpRequest m_request;

    // Per request, while its head and body are parsed.
    bool m_chunked = false;
    bool m_expectContinue = false;
    bool m_continueReported = false;
    bool m_sawTarget = false;
    bool m_sawContentType = false;
    bool m_sawContentLength = false;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    bool m_http10 = false;
    std::size_t m_contentLength = 0;
    std::size_t m_remaining = 0;     // body bytes (or chunk bytes) still to come
    std::size_t m_bodyBytes = 0;     // chunked: body size so far, kept or not
    std::string m_chunkedBody;
};

}  // namespace shardscope::net
