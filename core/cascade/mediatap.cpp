#include "mediatap.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QtEndian>

namespace cascade {

using janus::Error;
using janus::Result;

quint64 TapResult::packets() const {
    quint64 n = 0;
    for (const StreamCount& s : streams)
        n += s.packets;
    return n;
}

double TapResult::bitrateBps() const {
    double n = 0;
    for (const StreamCount& s : streams)
        n += s.bitrateBps;
    return n;
}

MediaTap::MediaTap(Target target, Settings settings, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_settings(std::move(settings)) {
    m_window.setSingleShot(true);
    connect(&m_window, &QTimer::timeout, this, &MediaTap::stopCounting);
    connect(&m_socket, &QUdpSocket::readyRead, this, &MediaTap::readPending);
}

MediaTap::~MediaTap() {
    // Last resort on shutdown: fire the stops even though nobody waits for the answers (the
    // journal still holds them if they never arrive).
    if (m_finished || !m_target.node || !m_target.node->isAttached())
        return;
    for (const Tapped& t : std::as_const(m_streams))
        if (t.streamId > 0)
            (void)m_target.node->stopRtpForward(m_target.room, m_target.copy, t.streamId,
                                                m_target.roomSecret);
}

QString MediaTap::forwarderTarget(const QString& host, int port, quint32 ssrc) {
    return QStringLiteral("%1:%2 ssrc %3").arg(host).arg(port).arg(ssrc);
}

void MediaTap::start() {
    const auto fail = [this](const QString& text) { finish(Error::invalidInput(text)); };
    if (!m_target.node || !m_target.node->isAttached())
        return finish(Error::transport(tr("node %1 is not connected").arg(m_target.nodeName)));
    if (m_settings.returnHost.isEmpty())
        return fail(tr("no return address for the media tap"));
    if (!m_socket.bind(QHostAddress::Any, quint16(m_settings.returnPort)))
        return fail(tr("cannot listen on port %1 for the media tap: %2")
                        .arg(m_settings.returnPort)
                        .arg(m_socket.errorString()));
    m_boundPort = m_socket.localPort();
    // A random SSRC base per tap: packets of an earlier tap (or another console's) that still
    // arrive are not counted. Janus writes the SSRC asked for into every forwarded packet.
    const quint32 base = 0x10000000u + (QRandomGenerator::global()->generate() & 0x0fffff00u);
    QList<janus::VideoRoom::ForwardTarget> targets;
    for (qsizetype i = 0; i < m_target.streams.size(); ++i) {
        const janus::videoroom::Stream& s = m_target.streams[i];
        if (s.disabled || (s.type != QLatin1String("audio") && s.type != QLatin1String("video")))
            continue;
        Tapped t;
        t.count.mid = QString::number(i);
        t.count.type = s.type;
        t.ssrc = base + quint32(i);
        m_streams << t;
        targets << janus::VideoRoom::ForwardTarget{t.count.mid, m_boundPort, t.ssrc};
    }
    if (m_streams.isEmpty())
        return fail(tr("the copy has no audio or video stream to tap"));
    for (const Tapped& t : std::as_const(m_streams))
        Q_EMIT forwarderCreating(m_target.nodeName, m_target.room, m_target.copy,
                                 forwarderTarget(m_settings.returnHost, m_boundPort, t.ssrc));
    m_requested = true;
    m_target.node
        ->rtpForward(m_target.room, m_target.copy, m_settings.returnHost, targets,
                     m_target.roomSecret)
        .then(this, [this](const Result<janus::videoroom::Forwarder>& answer) {
            if (answer)
                return forwarded(*answer);
            // Nothing was made: the journal's intents are settled.
            for (const Tapped& t : std::as_const(m_streams))
                Q_EMIT forwarderGone(m_target.nodeName, m_target.room, m_target.copy,
                                     forwarderTarget(m_settings.returnHost, m_boundPort, t.ssrc));
            m_streams.clear();
            finish(answer.error());
        });
}

void MediaTap::forwarded(const janus::videoroom::Forwarder& forwarder) {
    // Each answered stream by the SSRC it writes; by position when Janus does not say.
    for (qsizetype i = 0; i < forwarder.streams.size(); ++i) {
        const janus::videoroom::ForwarderStream& f = forwarder.streams[i];
        bool matched = false;
        for (Tapped& t : m_streams)
            if (f.ssrc != 0 && t.ssrc == f.ssrc)
                t.streamId = f.streamId, matched = true;
        if (!matched && i < m_streams.size() && m_streams[i].streamId == 0)
            m_streams[i].streamId = f.streamId;
    }
    if (m_stopping)
        return removeForwarders();
    m_counting = true;
    m_clock.start();
    m_window.start(m_settings.durationMs);
}

void MediaTap::readPending() {
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket.receiveDatagram();
        const QByteArray data = d.data();
        if (!m_counting || data.size() < 12 || (quint8(data[0]) >> 6) != 2)
            continue; // before the window, after it, or not RTP
        const quint32 ssrc = qFromBigEndian<quint32>(data.constData() + 8);
        for (Tapped& t : m_streams)
            if (t.ssrc == ssrc) {
                ++t.count.packets;
                t.count.bytes += quint64(data.size());
            }
    }
}

void MediaTap::stopCounting() {
    if (m_counting) {
        readPending();
        m_counting = false;
        m_countedMs = std::max<qint64>(1, m_clock.elapsed());
        const double seconds = double(m_countedMs) / 1000.0;
        for (Tapped& t : m_streams)
            t.count.bitrateBps = double(t.count.bytes) * 8 / seconds;
    }
    removeForwarders();
}

void MediaTap::cancel() {
    if (m_finished || m_stopping)
        return;
    m_window.stop();
    m_error = Error::cancelled(QStringLiteral("media tap"));
    if (!m_requested)
        return finish(m_error);
    if (m_counting)
        return stopCounting();
    m_stopping = true; // the rtp_forward's answer removes what it made
}

void MediaTap::removeForwarders() {
    m_stopping = true;
    m_socket.close();
    for (const Tapped& t : std::as_const(m_streams)) {
        if (t.streamId <= 0 || !m_target.node)
            continue;
        ++m_stopsPending;
        m_target.node->stopRtpForward(m_target.room, m_target.copy, t.streamId, m_target.roomSecret)
            .then(this, [this, ssrc = t.ssrc](const Result<janus::Done>& stopped) {
                // 426/428/435: the room, the copy or the forwarder is gone already.
                const int code = stopped.error().code;
                if (stopped || code == 426 || code == 428 || code == 435)
                    for (Tapped& t : m_streams)
                        if (t.ssrc == ssrc) {
                            Q_EMIT forwarderGone(
                                m_target.nodeName, m_target.room, m_target.copy,
                                forwarderTarget(m_settings.returnHost, m_boundPort, ssrc));
                            t.streamId = 0;
                        }
                if (--m_stopsPending == 0)
                    finish(m_error);
            });
    }
    if (m_stopsPending == 0)
        finish(m_error);
}

void MediaTap::finish(const Error& error) {
    if (m_finished)
        return;
    m_finished = true;
    m_window.stop();
    m_socket.close();
    TapResult result;
    result.copy = m_target.copy;
    result.error = error;
    result.durationMs = m_countedMs;
    for (const Tapped& t : std::as_const(m_streams))
        result.streams << t.count;
    Q_EMIT finished(result);
}

} // namespace cascade
