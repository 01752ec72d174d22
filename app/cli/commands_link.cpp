// link up|down, orphans, run: commands that change servers.
#include "cascade/orphanscanner.h"
#include "cascade/profileruntime.h"
#include "commands.h"
#include "profilesession.h"
#include "wait.h"

#include <QJsonArray>
#include <QTimer>

namespace cli {

QJsonValue mediaJson(const cascade::MediaWatch* watch, const janus::Id& publisher) {
    const auto media = watch ? watch->media(publisher) : std::nullopt;
    if (!media || media->lastTapMs < 0)
        return QJsonValue::Null;
    QJsonArray streams;
    for (const cascade::StreamCount& s : media->last.streams)
        streams.append(QJsonObject{{QStringLiteral("mid"), s.mid},
                                   {QStringLiteral("type"), s.type},
                                   {QStringLiteral("packets"), qint64(s.packets)},
                                   {QStringLiteral("bytes"), qint64(s.bytes)},
                                   {QStringLiteral("bitrate_bps"), qRound64(s.bitrateBps)}});
    return QJsonObject{{QStringLiteral("seconds"), double(media->last.durationMs) / 1000.0},
                       {QStringLiteral("silent"), media->silent},
                       {QStringLiteral("streams"), streams}};
}

namespace {

QJsonObject linkJson(const cascade::LinkController& link,
                     const cascade::MediaWatch* watch = nullptr) {
    QJsonArray mirrors;
    for (const cascade::Mirror& m : link.mirrors())
        mirrors.append(
            QJsonObject{{QStringLiteral("media"), mediaJson(watch, m.publisher)},
                        {QStringLiteral("publisher"), m.publisher.toJson()},
                        {QStringLiteral("display"), m.display},
                        {QStringLiteral("remote_publisher"), m.remotePublisher.toJson()},
                        {QStringLiteral("port"), m.port},
                        {QStringLiteral("state"),
                         m.state == cascade::Mirror::State::Up       ? QStringLiteral("up")
                         : m.state == cascade::Mirror::State::Failed ? QStringLiteral("failed")
                                                                     : QStringLiteral("pending")},
                        {QStringLiteral("error"), m.error.message()},
                        {QStringLiteral("encrypted"), m.encrypted}});
    return {{QStringLiteral("link"), link.plan().id},
            {QStringLiteral("state"), cascade::LinkController::stateName(link.state())},
            {QStringLiteral("reason"), link.reason()},
            {QStringLiteral("srtp"),
             QJsonObject{{QStringLiteral("setting"), profile::toString(link.plan().srtp)},
                         {QStringLiteral("encrypted"), link.srtp().encrypt},
                         {QStringLiteral("text"), link.srtpText()}}},
            {QStringLiteral("mirrors"), mirrors}};
}

void printLink(Output& out, const cascade::LinkController& link) {
    out.line(
        QCoreApplication::translate("cli", "link %1: %2 — %3")
            .arg(link.plan().id, cascade::LinkController::stateName(link.state()), link.reason()));
    for (const cascade::Mirror& m : link.mirrors())
        out.line(
            QCoreApplication::translate("cli",
                                        "  publisher %1 (%2) → remote publisher %3, port %4%5")
                .arg(m.publisher.toString(), m.display, m.remotePublisher.toString())
                .arg(m.port)
                .arg(m.error.isError() ? QStringLiteral(": ") + m.error.message() : QString()));
}

/// Why a link is not up, for scripts: the blocking error (499, fails at once) or the first
/// failed mirror's error, else the link's own reason.
Failure linkFailure(const cascade::LinkController& link, int timeoutMs) {
    const QString context =
        QCoreApplication::translate("cli", "link %1 is %2")
            .arg(link.plan().id, cascade::LinkController::stateName(link.state()));
    if (link.blockingError().isError())
        return Failure::from(link.blockingError(), context);
    for (const cascade::Mirror& m : link.mirrors())
        if (m.state == cascade::Mirror::State::Failed && m.error.isError()) {
            Failure f = Failure::from(m.error, context);
            if (m.error.kind == janus::Error::Kind::InvalidInput)
                f.code = QStringLiteral("ports_exhausted"); // the only input error of a mirror
            return f;
        }
    return {QStringLiteral("link_not_up"), context + QStringLiteral(": ") + link.reason(),
            QCoreApplication::translate(
                "cli", "the link did not come up within %1 s; run with --verbose to see what "
                       "the servers answered, or try a longer --timeout")
                .arg(timeoutMs / 1000.0)};
}

} // namespace

namespace {

/// link up: waits until the link is up, or a blocking error says it cannot be.
int linkUp(Context& c, cascade::LinkController* controller) {
    controller->start(1000);
    // A blocking error (499: bind address not local) ends the wait: no retry can fix it.
    Wait([&] {
        return controller->state() == cascade::LinkController::State::Up ||
               controller->blockingError().isError();
    })
        .on(controller, &cascade::LinkController::stateChanged)
        .run(c.timeoutMs);
    printLink(c.out, *controller);
    if (controller->state() != cascade::LinkController::State::Up)
        return c.out.fail(Failed, linkFailure(*controller, c.timeoutMs));
    c.out.object(linkJson(*controller));
    return Ok;
}

/// link down: waits until the link's copies are gone from both nodes.
int linkDown(Context& c, cascade::LinkController* controller) {
    const QString id = controller->plan().id;
    bool stopped = false;
    QObject::connect(controller, &cascade::LinkController::stopped, [&stopped] { stopped = true; });
    controller->stop();
    Wait([&] { return stopped; })
        .on(controller, &cascade::LinkController::stopped)
        .run(c.timeoutMs);
    printLink(c.out, *controller);
    if (!stopped)
        return c.out.fail(
            Failed, QStringLiteral("timeout"),
            QCoreApplication::translate("cli", "link %1: removal did not finish within %2 s")
                .arg(id)
                .arg(c.timeoutMs / 1000.0),
            QCoreApplication::translate("cli", "a node stopped answering; run link down again, or "
                                               "orphans --remove"));
    if (!controller->cleanedUp())
        return c.out.fail(Failed, QStringLiteral("cleanup_incomplete"),
                          QStringLiteral("link %1: %2").arg(id, controller->reason()),
                          QCoreApplication::translate(
                              "cli", "some of the link's copies may be left on the servers; "
                                     "run link down again once both nodes answer, or "
                                     "orphans --remove"));
    c.out.object(linkJson(*controller));
    return Ok;
}

} // namespace

int link(Context& c) {
    if (c.args.size() < 3 ||
        (c.args[0] != QLatin1String("up") && c.args[0] != QLatin1String("down")))
        return c.out.fail(
            Usage, QStringLiteral("usage"),
            QCoreApplication::translate("cli", "usage: janus-cascade link up|down PROFILE LINK"));
    const bool up = c.args[0] == QLatin1String("up");
    ProfileSession session(c.out);
    if (!session.load(c.args[1]))
        return c.out.fail(InvalidProfile, session.loadFailure());
    const profile::Link* spec = session.profile().link(c.args[2]);
    if (!spec)
        return c.out.fail(
            Usage, QStringLiteral("no_such_link"),
            QCoreApplication::translate("cli", "no link '%1' in %2").arg(c.args[2], c.args[1]));
    const QStringList down = session.connect({spec->sourceNode, spec->targetNode}, c.timeoutMs);
    if (!down.isEmpty())
        return c.out.fail(
            Unreachable,
            session.unreachable(down, QCoreApplication::translate("cli", "cannot bring link %1 %2")
                                          .arg(spec->id, c.args[0])));
    session.settleJournal(c.timeoutMs);
    cascade::LinkController* controller = session.fleet().link(spec->id);
    return up ? linkUp(c, controller) : linkDown(c, controller);
}

namespace {

/// Scans with the scanner; the problems that kept it from reading everything.
QStringList scanOrphans(ProfileSession& session, cascade::OrphanScanner& scanner, int timeoutMs) {
    // A console killed a moment ago may still have a request on its way (see settleJournal).
    if (const qint64 age = session.journal().leftoversAgeMs();
        age >= 0 && age < cascade::kLandingMs)
        Wait([] { return false; }).run(int(cascade::kLandingMs - age));
    bool scanned = false;
    QObject::connect(&scanner, &cascade::OrphanScanner::scanned, [&scanned] { scanned = true; });
    scanner.scan();
    Wait([&] { return scanned; }).on(&scanner, &cascade::OrphanScanner::scanned).run(timeoutMs * 3);
    return scanned ? scanner.errors()
                   : scanner.errors() +
                         QStringList{QCoreApplication::translate("cli", "the scan did not finish "
                                                                        "within the time allowed")};
}

/// Removes what was found; how many are gone, and why the others are not.
int removeOrphans(Context& c, cascade::OrphanScanner& scanner, const QList<cascade::Orphan>& found,
                  QStringList* errors) {
    bool removed = false;
    int removedCount = 0;
    QObject::connect(&scanner, &cascade::OrphanScanner::removed,
                     [&](int n, const QStringList& why) {
                         removed = true;
                         removedCount = n;
                         *errors = why;
                     });
    scanner.remove(found);
    Wait([&] { return removed; }).on(&scanner, &cascade::OrphanScanner::removed).run(c.timeoutMs);
    c.out.line(
        QCoreApplication::translate("cli", "removed %1 of %2").arg(removedCount).arg(found.size()));
    for (const QString& e : std::as_const(*errors))
        c.out.line(QCoreApplication::translate("cli", "warning: %1").arg(e));
    return removedCount;
}

} // namespace

int orphans(Context& c) {
    if (c.args.isEmpty())
        return c.out.fail(
            Usage, QStringLiteral("usage"),
            QCoreApplication::translate("cli", "usage: janus-cascade orphans PROFILE [--remove]"));
    ProfileSession session(c.out);
    if (!session.load(c.args[0]))
        return c.out.fail(InvalidProfile, session.loadFailure());
    const bool remove = c.parser.isSet(QStringLiteral("remove"));
    const QStringList down = session.connect({}, c.timeoutMs);
    cascade::OrphanScanner scanner(session.readyNodes(),
                                   cascade::linkPlansFor(session.profile(), session.secrets()));
    scanner.setRoomSecrets(session.profile(), session.secrets());
    // Without --remove the journal is only read: its leftovers stay for the next start.
    scanner.setJournal(&session.journal(),
                       remove ? session.journal().adoptLeftovers() : session.journal().leftovers());
    const QStringList scanErrors = scanOrphans(session, scanner, c.timeoutMs);
    const QList<cascade::Orphan> found = scanner.orphans();
    QJsonArray foundJson;
    QStringList described;
    for (const cascade::Orphan& o : found) {
        c.out.line(QCoreApplication::translate("cli", "orphan: %1").arg(o.describe()));
        described << o.describe();
        foundJson.append(o.describe());
    }
    for (const QString& e : scanErrors)
        c.out.line(QCoreApplication::translate("cli", "warning: %1").arg(e));
    int removedCount = 0;
    QStringList removeErrors;
    if (remove && !found.isEmpty()) {
        removedCount = removeOrphans(c, scanner, found, &removeErrors);
    } else if (found.isEmpty() && scanErrors.isEmpty()) {
        c.out.line(QCoreApplication::translate("cli", "no orphans on %1 node(s)")
                       .arg(session.readyNodes().size()));
    }
    if (!down.isEmpty())
        return c.out.fail(Unreachable, session.unreachable(down, QStringLiteral("orphans")));
    // Exit 1 whenever something remains: a room the scan could not read, an orphan found and
    // not removed.
    if (!scanErrors.isEmpty())
        return c.out.fail(Failed, QStringLiteral("scan_incomplete"),
                          QCoreApplication::translate("cli", "the scan could not read every room"),
                          (scanErrors + described).join(QLatin1Char('\n')));
    if (!remove && !found.isEmpty())
        return c.out.fail(
            Failed, QStringLiteral("orphans_found"),
            QCoreApplication::translate("cli", "%1 orphan(s) found; orphans --remove removes them")
                .arg(found.size()),
            described.join(QLatin1Char('\n')));
    if (remove && removedCount < found.size())
        return c.out.fail(Failed, QStringLiteral("cleanup_incomplete"),
                          QCoreApplication::translate("cli", "removed %1 of %2 orphans")
                              .arg(removedCount)
                              .arg(found.size()),
                          (removeErrors + described).join(QLatin1Char('\n')));
    c.out.object({{QStringLiteral("orphans"), foundJson},
                  {QStringLiteral("removed"), removedCount},
                  {QStringLiteral("unreachable"), QJsonArray()}});
    return Ok;
}

int run(Context& c) {
    if (c.args.isEmpty())
        return c.out.fail(Usage, QStringLiteral("usage"),
                          QCoreApplication::translate("cli", "usage: janus-cascade run PROFILE"));
    ProfileSession session(c.out);
    if (!session.load(c.args[0]))
        return c.out.fail(InvalidProfile, session.loadFailure());
    // Start connecting; links report unreachable nodes themselves. Leftovers of an ended
    // console are settled first, before any link builds in the same rooms.
    const bool leftovers = !session.journal().leftovers().isEmpty();
    session.connect({}, leftovers ? c.timeoutMs : 0);
    if (leftovers)
        session.settleJournal(c.timeoutMs);
    for (const profile::Link& l : session.profile().links) {
        cascade::LinkController* controller = session.fleet().link(l.id);
        if (!controller || !l.enabled)
            continue;
        const cascade::MediaWatch* watch = session.fleet().mediaWatch(l.id);
        QObject::connect(controller, &cascade::LinkController::stateChanged,
                         [&c, controller, watch] {
                             printLink(c.out, *controller);
                             c.out.object(linkJson(*controller, watch));
                         });
        controller->start(2000);
    }
    StopSignal stop;
    c.out.line(QCoreApplication::translate(
                   "cli", "keeping %1 link(s) up; Ctrl-C to stop (links stay on the servers)")
                   .arg(session.profile().links.size()));
    Wait([&stop] { return stop.isRequested(); }).on(&stop, &StopSignal::requested).run(-1);
    return Ok;
}

} // namespace cli
