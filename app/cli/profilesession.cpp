#include "profilesession.h"

#include "cascade/profileruntime.h"
#include "profile/profileio.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace cli {

ProfileSession::ProfileSession(Output& out)
    : m_out(out) {}

bool ProfileSession::load(const QString& path) {
    const profile::LoadResult result = profile::io::load(path);
    if (!result.ok()) {
        for (const QString& e : result.errors)
            m_out.line(QStringLiteral("%1: %2").arg(path, e));
        return false;
    }
    m_profile = *result.profile;
    return true;
}

QStringList ProfileSession::connect(const QStringList& nodeIds, int timeoutMs) {
    m_fleet = std::make_unique<cascade::Fleet>(&m_log);
    QStringList wanted = nodeIds;
    if (wanted.isEmpty())
        for (const profile::Node& n : m_profile.nodes)
            wanted << n.id;
    for (const QString& id : wanted)
        if (const profile::Node* node = m_profile.node(id))
            m_fleet->addNode(cascade::nodeSpecFor(*node, m_secrets));
    for (const profile::Link& link : m_profile.links)
        if (m_fleet->node(link.sourceNode) && m_fleet->node(link.targetNode))
            m_fleet->addLink(cascade::linkPlanFor(m_profile, link, m_secrets));
    auto notReady = [this, wanted] {
        QStringList out;
        for (const QString& id : wanted) {
            const cascade::NodeClient* node = m_fleet->node(id);
            if (!node || !node->isReady())
                out << id;
        }
        return out;
    };
    waitUntil(
        [&] {
            // Done when every node is ready or has definitely failed (auth).
            for (const QString& id : notReady())
                if (m_fleet->node(id) &&
                    m_fleet->node(id)->connection()->state() != janus::Connection::State::Refused)
                    return false;
            return true;
        },
        timeoutMs);
    return notReady();
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    if (done())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    tick.start(20);
    loop.exec();
    return done();
}

} // namespace cli
