// Tests File ▸ Connect… end to end (ui/connections/connection_controller.cpp
// in ui/main_window.cpp): the workbench on its embedded engine switches to a
// remote `shardscope --serve --require-auth` (another process, another
// workspace), lists that service's tables, and switches back.
#include "ui_test_support.h"

#include "serve_process.h"

#include "backend/local_backend.h"
#include "backend/remote_backend.h"
#include "connections/connection_controller.h"
#include "main_window.h"
#include "panes/table_list_pane.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace shardscope;
using namespace shardscope::ui;

namespace {

QStringList listedTables(const TableListPane& pane) {
    QStringList names;
    const QAbstractItemModel* model = pane.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

}  // namespace

class TestWorkbenchConnect : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings("tst_workbench_connect"); }

    void connectsToARemoteServiceAndBack() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile credentials(dir.filePath(QStringLiteral("credentials")));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        credentials.write("[default]\naws_access_key_id = AKIDGUI\naws_secret_access_key = gui-secret\n");
        credentials.close();
        ServeProcess remote;
        QVERIFY2(remote.start({QStringLiteral("--serve"), QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--in-memory"), QStringLiteral("--require-auth"),
                               QStringLiteral("--credentials"), credentials.fileName()}),
                 qPrintable(remote.errorString()));

        ConnectionProfile profile;
        profile.name = QStringLiteral("Shared");
        profile.kind = ConnectionProfile::Kind::CustomUrl;
        profile.url = remote.url();
        profile.credentialSource = ConnectionProfile::CredentialSource::AccessKeys;
        profile.accessKeyId = QStringLiteral("AKIDGUI");
        profile.secretAccessKey = QStringLiteral("gui-secret");

        {
            // The remote workspace gets a table of its own.
            QString error;
            RemoteBackend setup(*profile.clientOptions(&error), QStringLiteral("setup"));
            bool created = false;
            QObject context;
            setup.call(QStringLiteral("CreateTable"), test::createTableRequest("remote_only", "pk"), &context,
                       [&](const BackendReply& reply) { created = reply.ok(); });
            QTRY_VERIFY_WITH_TIMEOUT(created, 20000);
        }

        auto engine = test::openMemoryEngine();
        SS_CREATE_TABLE(*engine, "local_only", "id");
        MainWindow window(std::make_shared<LocalBackend>(engine));
        auto* pane = window.tableListPane();
        QTRY_COMPARE(listedTables(*pane), QStringList{QStringLiteral("local_only")});

        auto* connectAction = window.findChild<QAction*>(QStringLiteral("connectAction"));
        QVERIFY(connectAction);
        QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(connectAction));

        ConnectionController* controller = window.connectionController();
        QVERIFY(controller->connectTo(profile));
        QTRY_COMPARE_WITH_TIMEOUT(listedTables(*pane), QStringList{QStringLiteral("remote_only")}, 20000);
        QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("backendStateLabel"))
                        ->text()
                        .startsWith(profile.displayName()));

        controller->embeddedAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(listedTables(*pane), QStringList{QStringLiteral("local_only")}, 20000);
        QVERIFY(!controller->isRemote());
        QVERIFY(remote.stop());
    }
};

QTEST_MAIN(TestWorkbenchConnect)
#include "tst_workbench_connect.moc"
