#pragma once

#include "cascade/fleet.h"

#include <QElapsedTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ui {

/// Every health figure of the selected node (Admin API state, version, sessions, handles,
/// accepting new sessions, event loops, plugins, forwarded ports) and the source-side media of
/// the publishers its links mirror. Reads only core values; "Refresh now" asks core to read.
class NodeHealthPanel : public QWidget {
    Q_OBJECT
public:
    explicit NodeHealthPanel(cascade::Fleet* fleet, QWidget* parent = nullptr);

    /// Shows this node (empty: none).
    void showNode(const QString& id);
    QString nodeId() const { return m_nodeId; }

private:
    void refreshView();
    void updateHealth(const cascade::NodeHealth& h);
    void readMedia();
    QLabel* addRow(const QString& label, const char* objectName);

    cascade::Fleet* m_fleet;
    QString m_nodeId;
    QFormLayout* m_form = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_admin = nullptr;
    QLabel* m_server = nullptr;
    QLabel* m_uptime = nullptr;
    QLabel* m_sessions = nullptr;
    QLabel* m_handles = nullptr;
    QLabel* m_accepting = nullptr;
    QLabel* m_loops = nullptr;
    QLabel* m_plugins = nullptr;
    QLabel* m_ports = nullptr;
    QLabel* m_readAt = nullptr;
    QLabel* m_media = nullptr;
    QPushButton* m_refresh = nullptr;
    QElapsedTimer m_mediaRead;
    QMap<QString, QString> m_mediaLines; ///< "link/publisher" → its line
};

} // namespace ui
