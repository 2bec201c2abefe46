// Tests the connection manager: ui/dialogs/connection_dialog.cpp,
// ui/connections/connection_store.cpp and connection_controller.cpp.
//  - secrets reach the settings file only with the user's consent, and are
//    kept for the session otherwise;
//  - the form round-trips a profile, and Test reports a refused connection
//    in words without blocking;
//  - the controller switches the window's backend to a remote one and back.
#include "backend/backend_switch.h"
#include "backend/remote_backend.h"
#include "connections/connection_controller.h"
#include "connections/connection_store.h"
#include "connections/keychain_access.h"
#include "dialogs/connection_dialog.h"
#include "settings/settings.h"

#include "fake_backend.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace shardscope::ui;

namespace {

ConnectionProfile keysProfile(const QString& url) {
    ConnectionProfile profile;
    profile.name = QStringLiteral("Staging");
    profile.kind = ConnectionProfile::Kind::CustomUrl;
    profile.url = url;
    profile.credentialSource = ConnectionProfile::CredentialSource::AccessKeys;
    profile.accessKeyId = QStringLiteral("AKIDSTAGING");
    profile.secretAccessKey = QStringLiteral("TOP-SECRET-VALUE");
    profile.sessionToken = QStringLiteral("SESSION-TOKEN-VALUE");
    return profile;
}

QString closedPortUrl() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
}

}  // namespace

class TestConnectionDialog : public QObject {
    Q_OBJECT

private slots:
    void secretsNeedConsent() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(file);
            ConnectionStore store(&settings);
            const QString id = store.save(keysProfile(QStringLiteral("http://127.0.0.1:1")));
            QVERIFY(!id.isEmpty());
            // This session still knows the secret...
            QCOMPARE(store.find(id)->secretAccessKey, QStringLiteral("TOP-SECRET-VALUE"));
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.contains("AKIDSTAGING"));
        // ...but the file never saw it.
        QVERIFY(!text.contains("TOP-SECRET-VALUE"));
        QVERIFY(!text.contains("SESSION-TOKEN-VALUE"));
        {
            Settings settings(file);
            ConnectionStore nextSession(&settings);
            QCOMPARE(nextSession.connections().size(), 1);
            QVERIFY(nextSession.connections().constFirst().needsSecret());

            ConnectionProfile consented = keysProfile(QStringLiteral("http://127.0.0.1:1"));
            consented.id = nextSession.connections().constFirst().id;
            consented.storeSecretsInPlainText = true;
            nextSession.save(consented);
        }
        written.close();
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("TOP-SECRET-VALUE"));

        Settings settings(file);
        ConnectionStore store(&settings);
        QCOMPARE(store.connections().size(), 1);  // replaced, not added
        store.remove(store.connections().constFirst().id);
        QVERIFY(store.connections().isEmpty());
    }

    void formRoundTripsAndTestReportsInWords() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ConnectionStore store(&settings);
        ConnectionDialog dialog(&store);
        ConnectionProfile profile = keysProfile(closedPortUrl());
        profile.maxAttempts = 4;
        profile.timeoutSeconds = 7;
        profile.region = QStringLiteral("eu-north-1");
        dialog.setProfile(profile);
        const ConnectionProfile read = dialog.profile();
        QCOMPARE(read.toJson(), profile.toJson());
        QCOMPARE(read.secretAccessKey, profile.secretAccessKey);

        QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();  // returns at once; the answer comes later
        QVERIFY(tested.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        const QString message = tested.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("cannot be reached")), qPrintable(message));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("connectionStatus"))->text(), message);

        profile.url = QStringLiteral("not a url at all ::");
        profile.kind = ConnectionProfile::Kind::AwsRegion;
        profile.credentialSource = ConnectionProfile::CredentialSource::Placeholder;
        dialog.setProfile(profile);
        dialog.testConnection();
        QCOMPARE(tested.size(), 2);  // refused before any request
        QVERIFY(!tested.at(1).at(0).toBool());
    }

    // Saving hands the secret to the keychain when one answers; either way
    // the user is told where it went, and the settings never hold it.
    void saveOffersTheSecretToTheKeychain() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        Settings settings(file);
        ConnectionStore store(&settings);
        ConnectionDialog dialog(&store);
        dialog.setProfile(keysProfile(QStringLiteral("http://127.0.0.1:1")));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveConnectionButton"));
        QVERIFY(save);
        save->click();
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("connectionStatus"));
        if (KeychainAccess::isCompiledIn()) {
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("the secret is in the system keychain")) ||
                                         status->text().contains(QStringLiteral("No keychain took the secret")),
                                     30000);
        } else {
            QCOMPARE(status->text(), QStringLiteral("Saved."));
        }
        settings.sync();
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("TOP-SECRET-VALUE"));

        const QString id = store.connections().constFirst().id;
        if (status->text().contains(QStringLiteral("in the system keychain"))) {
            std::optional<StoredSecrets> read;
            bool done = false;
            QObject context;
            KeychainAccess::read(id, &context, [&](const std::optional<StoredSecrets>& secrets, const QString&) {
                read = secrets;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
            QVERIFY(read);
            QCOMPARE(read->secretAccessKey, QStringLiteral("TOP-SECRET-VALUE"));
        }
        store.remove(id);
    }

    void controllerSwitchesAndReturns() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        auto embedded = std::make_shared<test::FakeBackend>();
        auto backendSwitch = std::make_shared<BackendSwitch>(embedded);
        QWidget window;
        ConnectionController controller(backendSwitch, &settings, &window);
        QSignalSpy switched(&controller, &ConnectionController::switched);
        QVERIFY(!controller.isRemote());
        QVERIFY(!controller.embeddedAction()->isEnabled());

        ConnectionProfile profile = keysProfile(closedPortUrl());
        QVERIFY(controller.connectTo(profile));
        QVERIFY(controller.isRemote());
        QVERIFY(std::dynamic_pointer_cast<RemoteBackend>(backendSwitch->target()));
        QCOMPARE(backendSwitch->displayName(), profile.displayName());
        QVERIFY(controller.embeddedAction()->isEnabled());
        QCOMPARE(switched.size(), 1);

        controller.embeddedAction()->trigger();
        QVERIFY(!controller.isRemote());
        QCOMPARE(backendSwitch->target(), std::shared_ptr<Backend>(embedded));
        QCOMPARE(switched.size(), 2);

        QSignalSpy failed(&controller, &ConnectionController::failed);
        profile.accessKeyId.clear();
        QVERIFY(!controller.connectTo(profile));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!controller.isRemote());
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connection_dialog.moc"
