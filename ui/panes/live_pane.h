// LivePane: the "Live" tab: how the selected table behaves right now, updated
// every second while the tab is visible, whoever writes to the table (the GUI,
// or an external client through the endpoint):
//
//   - a partition strip of the table or a chosen GSI (PartitionStrip),
//   - consumed against provisioned read and write capacity and throttle
//     events over the last five minutes (LiveChart, QtCharts),
//   - the hot-key top lists (HotKeysModel; Contributor-Insights rules),
//   - the tail of the table's stream (StreamFollower + StreamTailModel),
//   - the TTL sweeper's progress.
//
// Partitions, capacity, series, hot keys and TTL progress come from the
// engine's observation API through the observation request
// (backend/observation_snapshot.h); a backend that cannot answer it (a remote
// service) gets a notice instead of those parts, never invented numbers. The
// stream tail uses the Streams API and works wherever that is served.
//
// One observation request is in flight at a time; answers for another table
// than the current one are dropped (generation counter).
//
// Thread-safety: GUI thread only.
#pragma once

#include "models/live_snapshot.h"
#include "panes/table_pane.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableView;

namespace shardscope::ui {

class Backend;
class EmptyStateWidget;
class HotKeysModel;
class LiveChart;
class PartitionStrip;
class StreamFollower;
class StreamTailModel;

class LivePane : public TablePane {
    Q_OBJECT

public:
    explicit LivePane(std::shared_ptr<Backend> backend, QWidget* parent = nullptr);
    ~LivePane() override;

    void showTable(const TableDescription* description) override;

    // Asks for a fresh snapshot and reads the stream once (what the timer
    // does every second while the pane is visible); for tests.
    void refreshNow();
    // The last snapshot shown, for tests.
    const LiveSnapshot& snapshot() const { return m_snapshot; }

    PartitionStrip* partitionStrip() const { return m_strip; }
    LiveChart* readChart() const { return m_readChart; }
    LiveChart* writeChart() const { return m_writeChart; }
    LiveChart* throttleChart() const { return m_throttleChart; }
    HotKeysModel* hotKeysModel() const { return m_hotKeysModel; }
    StreamTailModel* streamTailModel() const { return m_streamModel; }
    QComboBox* resourceBox() const { return m_resourceBox; }
    QComboBox* hotKeyRuleBox() const { return m_ruleBox; }
    QLabel* ttlLabel() const { return m_ttlLabel; }
    // Whether the backend answered the observation request.
    bool observationAvailable() const { return m_observationAvailable; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildContent();
    void requestSnapshot();
    void applySnapshot(const LiveSnapshot& snapshot);
    void showResource();
    void showHotKeys();
    void showTtl();
    void showUnavailable(const QString& why);

    std::shared_ptr<Backend> m_backend;
    QTimer m_timer;
    QString m_tableName;
    QStringList m_tableKeys;  // partition key, sort key: shown first in key texts
    QHash<QString, QStringList> m_indexKeys;  // GSI name -> its key, then the table's
    QString m_streamText;
    quint64 m_generation = 0;
    bool m_requestInFlight = false;
    bool m_observationAvailable = true;
    LiveSnapshot m_snapshot;

    QStackedWidget* m_stack;
    EmptyStateWidget* m_emptyState;
    QLabel* m_notice;
    QComboBox* m_resourceBox;
    QLabel* m_capacityLabel;
    QLabel* m_partitionTitle;
    PartitionStrip* m_strip;
    LiveChart* m_readChart;
    LiveChart* m_writeChart;
    LiveChart* m_throttleChart;
    QComboBox* m_ruleBox;
    HotKeysModel* m_hotKeysModel;
    QTableView* m_hotKeysView;
    StreamFollower* m_follower;
    StreamTailModel* m_streamModel;
    QTableView* m_streamView;
    QLabel* m_streamLabel;
    QProgressBar* m_ttlProgress;
    QLabel* m_ttlLabel;
};

}  // namespace shardscope::ui
