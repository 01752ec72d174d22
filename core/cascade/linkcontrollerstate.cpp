// LinkController: the end of a pass — the link's state from its mirrors — and the teardown.
#include "linkcontroller.h"

namespace cascade {

using janus::Error;
using janus::Id;

void LinkController::markFailed(Id publisher, const Error& error) {
    Mirror& m = m_mirrors[publisher];
    m.publisher = publisher;
    m.state = Mirror::State::Failed;
    m.error = error;
}

void LinkController::finishPass(bool updateState) {
    m_passRunning = false;
    Q_EMIT mirrorsChanged();
    if (m_running && updateState)
        summarizeState();
    if (m_stopRequested) {
        teardown();
        return;
    }
    if (m_again)
        reconcileSoon();
}

void LinkController::summarizeState() {
    int up = 0, failed = 0;
    QString firstFailure;
    for (const Mirror& m : std::as_const(m_mirrors)) {
        if (m.state == Mirror::State::Up)
            ++up;
        else if (m.state == Mirror::State::Failed) {
            ++failed;
            if (firstFailure.isEmpty())
                firstFailure = m.error.message();
        }
    }
    if (failed == 0 && up == m_mirrors.size())
        setState(State::Up, m_mirrors.isEmpty()
                                ? tr("no publishers in room %1 on %2 yet")
                                      .arg(m_plan.sourceRoom.toString(), m_plan.sourceNode)
                                : tr("%n publisher(s) mirrored; %1", nullptr, up).arg(srtpText()));
    else if (failed > 0 && up == 0)
        setState(State::Down, firstFailure);
    else if (failed > 0)
        setState(State::Degraded, tr("%1 of %2 publishers failed: %3")
                                      .arg(failed)
                                      .arg(m_mirrors.size())
                                      .arg(firstFailure));
    else
        setState(State::Pending, tr("waiting for %1 mirror(s)").arg(m_mirrors.size() - up));
}

void LinkController::teardown() {
    m_passRunning = true;
    Group* group = newGroup([this](Group* g) { tornDown(g->firstError()); });
    m_requests.sweep(group);
    group->close();
}

void LinkController::tornDown(const Error& error) {
    m_passRunning = false;
    for (const Mirror& m : std::as_const(m_mirrors))
        if (m.port > 0)
            m_ports->release(m.port);
    m_mirrors.clear();
    m_keys.clear();
    m_cleanedUp = !error.isError();
    Q_EMIT mirrorsChanged();
    setState(State::Stopped,
             error.isError() ? tr("stopped, but cleanup was incomplete: %1").arg(describe(error))
                             : tr("stopped; nothing of this link is left on the servers"));
    Q_EMIT stopped();
}

} // namespace cascade
