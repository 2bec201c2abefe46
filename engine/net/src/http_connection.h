// HttpConnection: one keep-alive HTTP/1.1 connection of the endpoint.
//
// Reads what the socket receives into an HttpRequestParser and answers each
// complete request, in order (pipelined requests included), through the
// shared RequestHandler:
//   POST, any path        -> RequestHandler::handlePost() (DynamoDB ignores the path)
//   GET / (any query)     -> RequestHandler::handleHealthCheck()
//   anything else         -> RequestHandler::handleUnsupported() (404)
// Each reply goes out in one piece: status line, x-amz-crc32 (CRC-32 of the
// exact body bytes), x-amzn-RequestId, Content-Type, Content-Length, body, in
// the order and with the reason phrases QHttpServer used before. A HEAD reply
// has the headers only. "Expect: 100-continue" gets its interim reply. The
// connection closes after a request that asked for it ("Connection: close",
// or HTTP/1.0 without keep-alive) and after a malformed request (400).
//
// This replaces QAbstractHttpServer's request handling, which read request
// heads one byte per QIODevice call and cost ~12 µs of CPU per request here
// against ~4.5 µs for this path (bench/README.md).
//
// Thread-safety: lives in its server thread and is used there only; deletes
// itself (and its socket) when the peer disconnects.
#pragma once

#include "http_request_parser.h"

#include <QObject>

class QTcpSocket;

namespace shardscope::net {

class RequestHandler;
struct HttpReply;

class HttpConnection : public QObject {
    Q_OBJECT

public:
    // Takes ownership of `socket` (connected, in this thread). `handler`
    // must outlive the connection.
    HttpConnection(QTcpSocket* socket, const RequestHandler& handler, QObject* parent = nullptr);

private:
    void onReadyRead();
    void answer(const HttpRequest& request);
    void writeReply(const HttpReply& reply, bool withBody, bool close);

    QTcpSocket* m_socket;
    const RequestHandler& m_handler;
    HttpRequestParser m_parser;
    bool m_closing = false;
};

}  // namespace shardscope::net
