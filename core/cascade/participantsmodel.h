#pragma once

#include "nodeclient.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cascade {

/// The participants of one room on one node, with local/remote flags, their RTP forwarders
/// and their remotizations (where a local publisher is cascaded to).
class ParticipantsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        DisplayColumn,
        KindColumn,
        ForwardersColumn,
        RemotesColumn,
        ColumnCount
    };

    struct Row {
        janus::videoroom::Participant participant;
        QStringList forwarders;    ///< "audio → 127.0.0.1:5002"
        QStringList remotizations; ///< "jcc:l1 → 198.51.100.2:40000"
    };

    explicit ParticipantsModel(QObject* parent = nullptr);

    void setRoom(NodeClient* node, const janus::Id& room);
    void refresh();
    bool busy() const { return m_pending > 0; }
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void busyChanged(bool busy);
    void refreshFailed(const janus::Error& error);

private:
    void finishOne();

    QPointer<NodeClient> m_node;
    janus::Id m_room;
    QList<Row> m_rows;
    QList<Row> m_next;
    QHash<janus::Id, QStringList> m_nextForwarders;
    int m_pending = 0;
    quint64 m_generation = 0;
    QTimer m_timer;
};

} // namespace cascade
