// FakeBackend: a Backend whose answers the test writes by hand, in any order,
// to exercise stale-result handling that a real engine rarely provokes.
#pragma once

#include "backend/backend.h"

#include <QList>

namespace shardscope::ui::test {

class FakeBackend final : public Backend {
    Q_OBJECT

public:
    struct Request {
        quint64 id;
        QString operation;
        nlohmann::json body;
    };

    QString displayName() const override { return QStringLiteral("Fake"); }

    // Requests sent and not yet answered, oldest first.
    const QList<Request>& requests() const { return m_requests; }
    // Unanswered requests of one operation, oldest first.
    QList<Request> requests(const QString& operation) const {
        QList<Request> matching;
        for (const Request& request : m_requests)
            if (request.operation == operation)
                matching.append(request);
        return matching;
    }

    void answer(quint64 id, const nlohmann::json& response) { finish(id, BackendReply::success(response)); }
    void fail(quint64 id, const QString& type, const QString& message) {
        finish(id, BackendReply::failure(BackendError{type, message, 400}));
    }
    void emitChanges(const QList<BackendChange>& changes) { emit changed(changes); }

protected:
    void dispatch(quint64 id, const QString& operation, const nlohmann::json& request) override {
        m_requests.append(Request{id, operation, request});
    }

private:
    void finish(quint64 id, const BackendReply& reply) {
        for (qsizetype i = 0; i < m_requests.size(); ++i)
            if (m_requests.at(i).id == id) {
                m_requests.removeAt(i);
                break;
            }
        complete(id, reply);
    }

    QList<Request> m_requests;
};

}  // namespace shardscope::ui::test
