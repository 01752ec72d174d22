#include "profilesession.h"

#include "cascade/orphanscanner.h"
#include "cascade/profileruntime.h"
#include "profile/profileio.h"
#include "wait.h"

#include <QCoreApplication>

namespace cli {

ProfileSession::ProfileSession(Output& out)
    : m_out(out) {}

ProfileSession::~ProfileSession() {
    if (!m_fleet)
        return;
    // A tap's rtp_forward must not outlive the command: stop them and let the stops arrive.
    cascade::MediaWatch::Settings off = m_fleet->mediaSettings();
    off.enabled = false;
    m_fleet->setMediaSettings(off);
    auto inFlight = [this] {
        int n = 0;
        for (const QString& id : m_fleet->linkIds())
            if (const cascade::MediaWatch* watch = m_fleet->mediaWatch(id))
                n += watch->tapsInFlight();
        return n;
    };
    if (inFlight() == 0)
        return;
    Wait wait([&] { return inFlight() == 0; });
    for (const QString& id : m_fleet->linkIds())
        if (const cascade::MediaWatch* watch = m_fleet->mediaWatch(id))
            wait.on(watch, &cascade::MediaWatch::tapEnded);
    wait.run(3000);
}

bool ProfileSession::load(const QString& path) {
    m_path = path;
    const profile::LoadResult result = profile::io::load(path);
    m_loadErrors = result.errors;
    if (!result.ok()) {
        for (const QString& e : result.errors)
            m_out.line(QStringLiteral("%1: %2").arg(path, e));
        return false;
    }
    m_profile = *result.profile;
    m_journal = std::make_unique<cascade::Journal>(cascade::Journal::directoryFor(path));
    if (!m_journal->isWritable())
        m_out.line(QCoreApplication::translate(
                       "cli", "warning: %1; a crash now leaves what only the marker scan of "
                              "orphans can find")
                       .arg(m_journal->error()));
    return true;
}

QList<cascade::NodeClient*> ProfileSession::readyNodes() const {
    QList<cascade::NodeClient*> nodes;
    if (m_fleet)
        for (const QString& id : m_fleet->nodeIds())
            if (m_fleet->node(id)->isReady())
                nodes << m_fleet->node(id);
    return nodes;
}

void ProfileSession::settleJournal(int timeoutMs) {
    bool done = false;
    Wait wait([&done] { return done; });
    cascade::settleJournal(*m_journal, readyNodes(), cascade::linkPlansFor(m_profile, m_secrets),
                           m_profile, m_secrets, m_fleet.get(), [&](const QString& summary, bool) {
                               done = true;
                               if (!summary.isEmpty()) {
                                   m_out.line(summary);
                                   m_log.info(QStringLiteral("console"), summary);
                               }
                               wait.check();
                           });
    wait.run(timeoutMs);
}

Failure ProfileSession::loadFailure() const {
    return {QStringLiteral("invalid_profile"),
            QCoreApplication::translate("cli", "%1 is not a valid profile").arg(m_path),
            m_loadErrors.join(QLatin1Char('\n'))};
}

Failure ProfileSession::unreachable(const QStringList& nodeIds, const QString& context) const {
    const QString id = nodeIds.value(0);
    const cascade::NodeClient* node = m_fleet ? m_fleet->node(id) : nullptr;
    const janus::Error error = node ? node->connection()->lastError() : janus::Error();
    Failure f = Failure::from(error);
    if (f.code != QLatin1String("auth_refused") && f.code != QLatin1String("tls_refused"))
        f.code = QStringLiteral("unreachable");
    // The error's own words, not statusText(): that one repeats the advice (the explanation).
    f.message =
        QCoreApplication::translate("cli", "%1: node %2 not reachable: %3")
            .arg(context, nodeIds.join(QStringLiteral(", ")),
                 error.isError() ? f.message : QCoreApplication::translate("cli", "no answer"));
    if (f.explanation.isEmpty())
        f.explanation = QCoreApplication::translate(
                            "cli", "no answer from %1 within --timeout; check the node's URL "
                                   "and that Janus runs there")
                            .arg(id);
    return f;
}

QStringList ProfileSession::connect(const QStringList& nodeIds, int timeoutMs) {
    m_fleet = std::make_unique<cascade::Fleet>(&m_log);
    m_fleet->setJournal(m_journal.get());
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
    // Done when every node is ready or has definitely failed (auth).
    Wait wait([&] {
        for (const QString& id : notReady())
            if (m_fleet->node(id) &&
                m_fleet->node(id)->connection()->state() != janus::Connection::State::Refused)
                return false;
        return true;
    });
    for (const QString& id : wanted)
        if (const cascade::NodeClient* node = m_fleet->node(id))
            wait.on(node, &cascade::NodeClient::statusChanged);
    wait.run(timeoutMs);
    return notReady();
}

} // namespace cli
