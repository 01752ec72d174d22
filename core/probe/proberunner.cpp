#include "proberunner.h"

#include <QHostInfo>
#include <QMetaMethod>
#include <QRandomGenerator>

namespace probe {

using janus::Error;

ProbeRunner::ProbeRunner(QList<Hop> hops, Settings settings, QString target, QObject* parent,
                         ProbeHub* hub)
    : QObject(parent)
    , m_hops(std::move(hops))
    , m_settings(std::move(settings))
    , m_target(std::move(target))
    , m_probeNumber(QRandomGenerator::global()->generate64())
    , m_ownHub(hub ? nullptr : std::make_unique<ProbeHub>())
    , m_hub(hub ? hub : m_ownHub.get()) {
    m_probeId = QString::number(m_probeNumber & 0xffffffffffULL, 36);
    m_uiTimer.setInterval(100);
    connect(&m_uiTimer, &QTimer::timeout, this, [this] {
        // Percentiles and a verdict for nobody are not free when a thousand probes run.
        if (isSignalConnected(QMetaMethod::fromSignal(&ProbeRunner::updated)))
            Q_EMIT updated(result());
    });
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &ProbeRunner::tearDown);
}

ProbeRunner::~ProbeRunner() { // ~ServerLoop still fires the destroy requests
    m_hub->detach(m_probeNumber);
}

bool ProbeRunner::parseEndpoint(const QString& text, QString* host, int* port) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    *port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    *host = colon > 0 ? text.left(colon) : QString();
    host->remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    return ok && *port >= 1 && *port <= 65535 && !QHostAddress(*host).isNull();
}

QString ProbeRunner::validate(const Settings& s) {
    if (s.rate < Limits::minRate || s.rate > Limits::maxRate)
        return tr("rate %1 is out of range %2–%3 packets per second")
            .arg(s.rate)
            .arg(Limits::minRate)
            .arg(Limits::maxRate);
    if (s.count < Limits::minCount || s.count > Limits::maxCount)
        return tr("count %1 is out of range %2–%3 packets")
            .arg(s.count)
            .arg(Limits::minCount)
            .arg(QLocale::c().toString(Limits::maxCount));
    if (s.packetSize < Limits::minPacketSize || s.packetSize > Limits::maxPacketSize)
        return tr("packet size %1 is out of range %2–%3 bytes")
            .arg(s.packetSize)
            .arg(Limits::minPacketSize)
            .arg(Limits::maxPacketSize);
    if (s.returnPort < 0 || s.returnPort > 65535)
        return tr("return port %1 is out of range 0–65535").arg(s.returnPort);
    return {};
}

void ProbeRunner::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ProbeRunner::failToStart(const Error& error) {
    m_error = error;
    setState(State::Finished);
    Q_EMIT failed(error);
    Q_EMIT finished(result());
}

void ProbeRunner::resolve(const QString& host, std::function<void(const QHostAddress&)> then) {
    if (const QHostAddress address(host); !address.isNull())
        return then(address);
    // Asynchronous: a slow resolver must not freeze the window (QHostInfo::fromName would).
    QHostInfo::lookupHost(host, this, [this, then](const QHostInfo& info) {
        if (m_state == State::SettingUp && !m_cancelled)
            then(info.addresses().value(0));
    });
}

void ProbeRunner::start() {
    if (const QString problem = validate(m_settings); !problem.isEmpty())
        return failToStart(Error::invalidInput(problem, QStringLiteral("probe")));
    if (m_hops.isEmpty())
        return failToStart(
            Error::invalidInput(tr("a probe needs at least one node"), QStringLiteral("probe")));
    setState(State::SettingUp);
    resolve(m_hops.first().publicAddress, [this](const QHostAddress& entry) {
        if (entry.isNull())
            return failToStart(
                Error::invalidInput(tr("cannot resolve the public address '%1' of %2")
                                        .arg(m_hops.first().publicAddress, m_hops.first().nodeName),
                                    QStringLiteral("probe")));
        m_entry = entry;
        QString returnHost = m_settings.returnAddress;
        const QHostAddress hubAddress = m_hub->socket().localAddress();
        if (returnHost.isEmpty() && m_hub->isBound() &&
            !hubAddress.isEqual(QHostAddress::Any, QHostAddress::ConvertUnspecifiedAddress))
            returnHost = hubAddress.toString(); // a shared hub bound to one address returns there
        if (!returnHost.isEmpty())
            return bindAndSetUp(returnHost);
        // The address the OS would use towards the last hop is the one it can send back to.
        resolve(m_hops.last().publicAddress, [this](const QHostAddress& last) {
            QUdpSocket route;
            route.connectToHost(last.isNull() ? m_entry : last, 9);
            const QString local = route.localAddress().toString();
            route.abort();
            bindAndSetUp(local);
        });
    });
}

void ProbeRunner::bindAndSetUp(const QString& returnHost) {
    QString bindError;
    if (!m_hub->isBound() && !m_hub->bind(QHostAddress(returnHost), quint16(m_settings.returnPort),
                                          m_settings.kernelTimestamps, &bindError)) {
        return failToStart(
            Error::invalidInput(tr("cannot listen on %1:%2 for the returning packets: %3")
                                    .arg(returnHost)
                                    .arg(m_settings.returnPort)
                                    .arg(bindError),
                                QStringLiteral("probe")));
    }
    const quint16 returnPort = m_hub->socket().localPort();
    Q_EMIT progress(tr("probe %1: packets return to %2:%3 (%4 timestamps)")
                        .arg(m_probeId, returnHost)
                        .arg(returnPort)
                        .arg(m_hub->socket().modeName()));
    if (!m_hops.first().node && m_hops.size() == 1 && m_hops.first().port > 0) {
        // A plain UDP echo (janus-cascade reflect): nothing to build on a server.
        m_entryPort = m_hops.first().port;
        QTimer::singleShot(0, this, &ProbeRunner::onLoopReady);
        return;
    }
    setUpLoop(returnHost, returnPort);
}

void ProbeRunner::setUpLoop(const QString& returnHost, quint16 returnPort) {
    m_loop = std::make_unique<ServerLoop>(m_hops, returnHost, returnPort, m_probeId);
    connect(m_loop.get(), &ServerLoop::progress, this, &ProbeRunner::progress);
    connect(m_loop.get(), &ServerLoop::roomCreating, this, &ProbeRunner::roomCreating);
    connect(m_loop.get(), &ServerLoop::roomGone, this, &ProbeRunner::roomGone);
    connect(m_loop.get(), &ServerLoop::forwarderCreating, this, &ProbeRunner::forwarderCreating);
    connect(m_loop.get(), &ServerLoop::forwarderGone, this, &ProbeRunner::forwarderGone);
    connect(m_loop.get(), &ServerLoop::endpointPort, this, &ProbeRunner::endpointPort);
    connect(m_loop.get(), &ServerLoop::ready, this, [this] {
        m_entryPort = m_loop->entryPort();
        onLoopReady();
    });
    connect(m_loop.get(), &ServerLoop::failed, this, [this](const Error& error) {
        m_error = error;
        Q_EMIT failed(error);
        tearDown();
    });
    connect(m_loop.get(), &ServerLoop::nodeLost, this,
            [this](const QString& node, const Error& reason) {
                if (m_state != State::Running && m_state != State::Draining)
                    return;
                m_error = Error::transport(
                    tr("%1 went away during the probe (%2); the figures cover the time before")
                        .arg(node, reason.serverText),
                    QStringLiteral("probe"));
                Q_EMIT failed(m_error);
                tearDown();
            });
    connect(m_loop.get(), &ServerLoop::tornDown, this, [this](bool complete) {
        if (!complete)
            Q_EMIT progress(tr("cleanup incomplete, left on servers: %1")
                                .arg(m_loop->leftovers().join(QStringLiteral(", "))));
        setState(State::Finished);
        Q_EMIT finished(result());
    });
    m_loop->setUp();
}

void ProbeRunner::onLoopReady() {
    if (m_cancelled)
        return;
    setState(State::Running);
    Q_EMIT progress(tr("sending %1 packets at %2/s to %3:%4")
                        .arg(m_settings.count)
                        .arg(m_settings.rate)
                        .arg(m_entry.toString())
                        .arg(m_entryPort));
    m_startNs = ProbeSocket::nowNs();
    m_stats = std::make_unique<RtpStats>(m_startNs, m_settings.lateMs);
    m_uiTimer.start();
    m_hub->attach(m_probeNumber, this);
}

qint64 ProbeRunner::sendDue(qint64 nowNs) {
    if (m_state != State::Running)
        return -1;
    const qint64 intervalNs = 1'000'000'000LL / m_settings.rate;
    ProbePacket packet;
    packet.probeId = m_probeNumber;
    packet.ssrc = ServerLoop::ssrc;
    packet.size = m_settings.packetSize;
    // Every packet that is due goes: a late wake-up must not lower the rate.
    while (m_nextSequence < quint64(m_settings.count)) {
        const qint64 dueNs = m_startNs + qint64(m_nextSequence) * intervalNs;
        if (nowNs < dueNs)
            return dueNs;
        packet.sequence = m_nextSequence;
        packet.rtpSequence = quint16(m_nextSequence);
        packet.rtpTimestamp = quint32(qint64(m_nextSequence) * 8000 / m_settings.rate);
        packet.sendNs = ProbeSocket::nowNs();
        const qint64 stamp = m_hub->socket().send(packet.encode(), m_entry, quint16(m_entryPort));
        m_stats->noteSent(m_nextSequence, stamp >= 0 ? stamp : packet.sendNs);
        m_stats->noteSendError(packet.sendNs - dueNs);
        ++m_nextSequence;
    }
    finishSending();
    return -1;
}

void ProbeRunner::received(const ProbePacket& packet, qint64 receiveNs) {
    if (!m_stats || m_stats->noteReceived(packet.sequence, receiveNs) == RtpStats::Arrival::Unknown)
        return foreignPacket();
    if (m_state == State::Draining && m_stats->complete())
        tearDown(); // everything is back: no need to wait any longer
}

void ProbeRunner::foreignPacket() {
    if (m_stats)
        m_stats->noteForeign();
}

void ProbeRunner::finishSending() {
    if (m_state != State::Running)
        return;
    m_hub->stopSending(m_probeNumber);
    setState(State::Draining);
    m_drainTimer.start(m_settings.drainMs);
    if (m_stats && m_stats->complete())
        tearDown();
}

void ProbeRunner::cancel() {
    if (m_state == State::Finished || m_state == State::Idle || m_cancelled)
        return;
    m_cancelled = true;
    m_error = Error::cancelled(QStringLiteral("probe"));
    Q_EMIT progress(tr("probe cancelled; removing its resources from the servers"));
    tearDown();
}

void ProbeRunner::tearDown() {
    if (m_state == State::TearingDown || m_state == State::Finished)
        return;
    m_hub->detach(m_probeNumber);
    m_drainTimer.stop();
    m_uiTimer.stop();
    setState(State::TearingDown);
    if (m_stats)
        Q_EMIT updated(result());
    if (!m_loop) { // reflector: nothing on servers
        setState(State::Finished);
        Q_EMIT finished(result());
        return;
    }
    m_loop->tearDown();
}

ProbeResult ProbeRunner::result() const {
    ProbeResult r = m_stats ? m_stats->result() : ProbeResult();
    r.probeId = m_probeId;
    r.target = m_target;
    r.srtp = m_settings.srtpNote;
    r.timestampMode = m_hub->socket().modeName();
    r.verdict = verdict(r);
    r.passed = !m_error.isError() && r.sent > 0 && r.received > 0 && r.lossPercent() < 5.0;
    return r;
}

QString ProbeRunner::verdict(const ProbeResult& r) const {
    const Hop& entry = m_hops.isEmpty() ? Hop() : m_hops.first();
    const QString where = m_entryPort > 0
                              ? QStringLiteral("%1:%2").arg(entry.publicAddress).arg(m_entryPort)
                              : entry.publicAddress;
    if (m_error.isError() && m_error.kind != Error::Kind::Cancelled)
        return tr("probe failed: %1").arg(m_error.message());
    if (r.sent == 0)
        return m_cancelled ? tr("cancelled before sending") : tr("nothing sent yet");
    if (r.received == 0)
        return tr("no probe packet came back: UDP to %1 does not reach %2, or the way back to the "
                  "console "
                  "is blocked. Check that the NAT forwards this UDP port to the node's bind "
                  "address, that "
                  "the public address is right, that no firewall drops it, and that the node can "
                  "reach "
                  "the console's return address.")
            .arg(where, entry.nodeName);
    const QString figures = tr("RTT median %1 ms, p95 %2 ms, jitter %3 ms, loss %4 %")
                                .arg(r.rttMedianMs, 0, 'f', 2)
                                .arg(r.rttP95Ms, 0, 'f', 2)
                                .arg(r.jitterMs, 0, 'f', 2)
                                .arg(r.lossPercent(), 0, 'f', 1);
    if (r.lossPercent() >= 5.0)
        return tr("the NAT forwards %1, but %2 % of the packets were lost (%3)")
            .arg(where)
            .arg(r.lossPercent(), 0, 'f', 1)
            .arg(figures);
    QStringList path;
    for (const Hop& hop : m_hops)
        path << hop.nodeName;
    return tr("NAT forwarding works: %1 reaches %2 and back (%3)")
        .arg(where, path.join(QStringLiteral(" → ")), figures);
}

} // namespace probe
