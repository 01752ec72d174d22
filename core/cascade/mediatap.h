#pragma once

#include "janus/videoroom.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUdpSocket>

namespace cascade {

/// What one stream of a target copy delivered during a tap.
struct StreamCount {
    QString mid; ///< the copy's mid (remote publishers number them "0", "1", … by position)
    QString type;
    quint64 packets = 0;
    quint64 bytes = 0;
    double bitrateBps = 0; ///< RTP bytes (headers included) × 8 over the tap's length
};

/// The outcome of one tap of one copy: per-stream counters, or the error that kept the tap from
/// running (then nothing is known about the media).
struct TapResult {
    janus::Id copy;
    QList<StreamCount> streams;
    qint64 durationMs = 0;
    janus::Error error;
    bool ran() const { return !error.isError(); }
    quint64 packets() const;
    double bitrateBps() const;
};

/// A short look at what reaches one target copy, the end-to-end proof of a cascade leg:
/// rtp_forward of each audio/video stream of the copy to the console (one UDP socket, streams
/// told apart by the SSRC the forwarder is asked to write), counting for a few seconds, then
/// stop_rtp_forward of each — also on error, cancel and destruction. The forwarders are
/// announced before they are made and when they are gone, for the crash journal.
class MediaTap : public QObject {
    Q_OBJECT
public:
    struct Target {
        QPointer<janus::VideoRoom> node;
        QString nodeName;
        janus::Id room;
        QString roomSecret;                      ///< sent with every request; never logged
        janus::Id copy;                          ///< the remote publisher on the target
        QList<janus::videoroom::Stream> streams; ///< as sent to add_remote_publisher
    };
    struct Settings {
        QString returnHost; ///< where the target sends: the console's address as it reaches it
        int returnPort = 0; ///< 0 = any free port
        int durationMs = 3000;
    };

    MediaTap(Target target, Settings settings, QObject* parent = nullptr);
    ~MediaTap() override;

    /// Binds the socket, asks for the forwarders and counts; finished() follows exactly once.
    void start();
    /// Stops counting now and removes the forwarders; finished() follows.
    void cancel();
    /// The journal's name of a stream's forwarder: where it sends and the SSRC it writes.
    static QString forwarderTarget(const QString& host, int port, quint32 ssrc);

Q_SIGNALS:
    void forwarderCreating(const QString& nodeName, const janus::Id& room,
                           const janus::Id& publisher, const QString& target);
    void forwarderGone(const QString& nodeName, const janus::Id& room, const janus::Id& publisher,
                       const QString& target);
    void finished(const cascade::TapResult& result);

private:
    struct Tapped {
        StreamCount count;
        quint32 ssrc = 0;
        qint64 streamId = 0; ///< the forwarder's, once Janus answered
    };
    void forwarded(const janus::videoroom::Forwarder& forwarder);
    void readPending();
    void stopCounting();
    void removeForwarders();
    void finish(const janus::Error& error = {});

    Target m_target;
    Settings m_settings;
    QUdpSocket m_socket;
    QTimer m_window;
    QElapsedTimer m_clock;
    QList<Tapped> m_streams;
    janus::Error m_error;
    int m_boundPort = 0;
    qint64 m_countedMs = 0;
    int m_stopsPending = 0;
    bool m_requested = false; ///< the rtp_forward was sent (its answer may still be on its way)
    bool m_counting = false;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace cascade

Q_DECLARE_METATYPE(cascade::TapResult)
