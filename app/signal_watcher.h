// SignalWatcher: turns SIGINT and SIGTERM into a Qt signal.
//
// A POSIX signal handler may do almost nothing, so the handler only writes the
// signal number into a socket pair; a QSocketNotifier on the other end emits
// terminationRequested() from the event loop, where a clean shutdown (stop the
// endpoint, close the database) is allowed. The previous handlers come back
// when the watcher is destroyed, so a second Ctrl-C after that ends the process
// the usual way.
//
// Thread-safety: create and destroy it on the main thread; at most one
// instance may exist at a time (the handlers are process-wide).
#pragma once

#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace shardscope::app {

class SignalWatcher : public QObject {
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    // False when the socket pair or the handlers could not be set up; the
    // process then ends on SIGINT/SIGTERM without a clean shutdown.
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
    struct sigaction m_previousInt {};
    struct sigaction m_previousTerm {};
};

}  // namespace shardscope::app
