// Tests ui/backend/backend_switch.cpp: calls and change batches follow the
// current target; requests still running on a replaced target are answered
// with ConnectionChanged at once, and their late answers reach no one.
#include "backend/backend_switch.h"

#include "fake_backend.h"

#include <QSignalSpy>
#include <QTest>

using namespace shardscope::ui;
using shardscope::ui::test::FakeBackend;
using nlohmann::json;

class TestBackendSwitch : public QObject {
    Q_OBJECT

private slots:
    void forwardsToTheTarget() {
        auto fake = std::make_shared<FakeBackend>();
        BackendSwitch backendSwitch(fake);
        QCOMPARE(backendSwitch.displayName(), QStringLiteral("Fake"));
        QSignalSpy finished(&backendSwitch, &Backend::finished);
        QSignalSpy changed(&backendSwitch, &Backend::changed);

        QString answered;
        QObject context;
        const quint64 id = backendSwitch.call(QStringLiteral("ListTables"), {{"Limit", 1}}, &context,
                                              [&](const BackendReply& reply) {
                                                  answered = QString::fromStdString(reply.response().dump());
                                              });
        QCOMPARE(backendSwitch.pendingCount(), 1);
        QCOMPARE(fake->requests().size(), 1);
        QCOMPARE(fake->requests().constFirst().body["Limit"].get<int>(), 1);
        fake->answer(fake->requests().constFirst().id, {{"TableNames", json::array()}});
        QCOMPARE(answered, QStringLiteral(R"({"TableNames":[]})"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<quint64>(), id);
        QCOMPARE(backendSwitch.pendingCount(), 0);

        fake->emitChanges({BackendChange{BackendChange::Kind::TableCreated, QStringLiteral("t")}});
        QCOMPARE(changed.size(), 1);
    }

    void switchingAnswersWhatWasRunning() {
        auto first = std::make_shared<FakeBackend>();
        auto second = std::make_shared<FakeBackend>();
        BackendSwitch backendSwitch(first);
        QSignalSpy targetChanged(&backendSwitch, &BackendSwitch::targetChanged);
        QSignalSpy changed(&backendSwitch, &Backend::changed);

        QStringList errors;
        QObject context;
        backendSwitch.call(QStringLiteral("Scan"), json::object(), &context,
                           [&](const BackendReply& reply) { errors.append(reply.error().type); });
        const FakeBackend::Request running = first->requests().constFirst();

        backendSwitch.setTarget(second);
        QCOMPARE(targetChanged.size(), 1);
        QCOMPARE(errors, QStringList{QStringLiteral("ConnectionChanged")});
        QCOMPARE(backendSwitch.pendingCount(), 0);

        // The old target's late answer and changes are dropped.
        first->answer(running.id, json::object());
        first->emitChanges({BackendChange{BackendChange::Kind::TableDeleted, QStringLiteral("t")}});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(changed.size(), 0);

        backendSwitch.call(QStringLiteral("ListTables"), json::object());
        QCOMPARE(second->requests().size(), 1);
        QCOMPARE(backendSwitch.target(), std::shared_ptr<Backend>(second));
    }
};

QTEST_MAIN(TestBackendSwitch)
#include "tst_backend_switch.moc"
