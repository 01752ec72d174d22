// cascade::plan(): what one reconcile pass of a link does, for what the servers report and what
// the controller remembers. Each row states a situation met on real servers (the live tests and
// the NAT lab reach them) and asserts the exact actions, in order.
#include "cascade/marker.h"
#include "cascade/planner.h"

#include <QTest>

using namespace cascade;
using janus::Error;
using janus::Id;
namespace vr = janus::videoroom;

Q_DECLARE_METATYPE(cascade::LinkPlan)
Q_DECLARE_METATYPE(cascade::Observed)
Q_DECLARE_METATYPE(cascade::Previous)

namespace {

const QString kHost = QStringLiteral("198.51.100.2"); // the target's public address
const QString kOldHost = QStringLiteral("198.51.100.99");

LinkPlan link(Id publisher = {}) {
    LinkPlan l;
    l.id = QStringLiteral("l1");
    l.sourceNode = QStringLiteral("a");
    l.targetNode = QStringLiteral("b");
    l.sourceRoom = Id(1234);
    l.targetRoom = Id(5678);
    l.publisher = publisher;
    l.createTargetRoom = true;
    l.host = kHost;
    l.stringIds = true; // readable mirror ids: "jcc-l1-101"
    return l;
}

QList<vr::Stream> audio() {
    return {vr::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"))};
}

QList<vr::Stream> audioVideo() {
    return {vr::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus")),
            vr::Stream::make(QStringLiteral("video"), 1, QStringLiteral("vp8"))};
}

Id copyOf(qint64 publisher, const QString& linkId = QStringLiteral("l1")) {
    return marker::mirrorId(linkId, Id(publisher), true);
}

Error refusedBindAddress() {
    return Error::fromPlugin(499,
                             QStringLiteral("Invalid network interface configuration for "
                                            "remote publisher"),
                             QStringLiteral("add_remote_publisher"));
}

Error busyPort() {
    return Error::fromPlugin(499, QStringLiteral("Could not open UDP socket for RTP stream"),
                             QStringLiteral("add_remote_publisher"));
}

/// A situation on both nodes, built one fact at a time.
struct World {
    Observed observed;
    Previous previous;

    World() {
        observed.ports = PortAllocator(20000, 20009);
        // The room watcher of the source: a participant that never publishes.
        observed.sourceParticipants << vr::Participant{Id(9), QStringLiteral("jcc-watcher")};
    }
    /// A local WebRTC publisher in the source room.
    World& publisher(qint64 id, const QList<vr::Stream>& streams = audio()) {
        observed.sourceParticipants << vr::Participant{Id(id), QStringLiteral("p%1").arg(id), true};
        observed.publishers << vr::Publisher{Id(id), QStringLiteral("p%1").arg(id), streams};
        return *this;
    }
    /// A remote publisher in the target room carrying a link's marker.
    World& copy(qint64 publisher, const QString& linkId = QStringLiteral("l1")) {
        observed.targetParticipants << vr::Participant{
            copyOf(publisher, linkId),
            marker::display(QStringLiteral("p%1").arg(publisher), linkId), true, true};
        return *this;
    }
    World& remotized(qint64 publisher, int port, const QString& host = kHost,
                     const QString& remoteId = QStringLiteral("jcc:l1")) {
        observed.remotizations[Id(publisher)] << vr::Remotization{remoteId, host, port, port + 1};
        return *this;
    }
    /// What the controller knew from its last pass; the port is taken in the allocator too.
    World& had(qint64 publisher, int port, Mirror::State state = Mirror::State::Up,
               const QList<vr::Stream>& streams = audio()) {
        Mirror m{Id(publisher),
                 QStringLiteral("p%1").arg(publisher),
                 copyOf(publisher),
                 port,
                 streams,
                 state,
                 {}};
        previous.mirrors.insert(Id(publisher), m);
        return *this;
    }
    /// Ports the allocator handed out before (round-robin goes on after the last).
    World& portsTaken(int count) {
        for (int i = 0; i < count; ++i)
            observed.ports.acquire();
        return *this;
    }
    World& busy(int port) {
        observed.ports.markUnusable(port);
        return *this;
    }
    /// The Janus versions info reported, as 1102 for 1.1.2.
    World& versions(int source, int target) {
        const auto text = [](int v) {
            return QStringLiteral("%1.%2.%3").arg(v / 1000).arg(v / 100 % 10).arg(v % 100);
        };
        observed.source = {QStringLiteral("a"), source, text(source)};
        observed.target = {QStringLiteral("b"), target, text(target)};
        return *this;
    }
    /// The last pass built the mirror with a key this controller holds.
    World& keyed(qint64 publisher) {
        previous.mirrors[Id(publisher)].encrypted = true;
        return *this;
    }
};

QString addAndPublish(qint64 publisher, int port) {
    return QStringLiteral("add %1 port=%2; publish %1 -> %3").arg(publisher).arg(port).arg(kHost);
}

} // namespace

class TestPlanner : public QObject {
    Q_OBJECT

    void row(const char* name, const World& w, const QString& actions, const LinkPlan& l = link()) {
        QTest::newRow(name) << l << w.observed << w.previous << actions;
    }

private Q_SLOTS:
    void plan_data() {
        QTest::addColumn<LinkPlan>("link");
        QTest::addColumn<Observed>("observed");
        QTest::addColumn<Previous>("previous");
        QTest::addColumn<QString>("actions");
        comeAndGo();
        restarts();
        foreignAndRaces();
        portsAndBlocking();
        rooms();
        srtp();
    }

    void plan() {
        QFETCH(LinkPlan, link);
        QFETCH(Observed, observed);
        QFETCH(Previous, previous);
        QFETCH(QString, actions);
        QCOMPARE(toString(cascade::plan(link, observed, previous)), actions);
        // Pure: the same situation gives the same plan, and the input allocator is untouched.
        const int inUse = observed.ports.inUse();
        QCOMPARE(toString(cascade::plan(link, observed, previous)), actions);
        QCOMPARE(observed.ports.inUse(), inUse);
    }

    void addFailure_data() {
        QTest::addColumn<Error>("error");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<QString>("judged");
        QTest::newRow("busy port: the next one")
            << busyPort() << 20000 << 0 << QStringLiteral("next port, unusable");
        QTest::newRow("busy, seventh retry")
            << busyPort() << 20014 << 7 << QStringLiteral("next port, unusable");
        QTest::newRow("busy, eight ports tried: give up")
            << busyPort() << 20016 << kMaxBusyPorts << QStringLiteral("fail, unusable");
        QTest::newRow("busy while Janus picks: no port to skip")
            << busyPort() << 0 << 0 << QStringLiteral("fail");
        QTest::newRow("499 bind address not local: no port helps")
            << refusedBindAddress() << 20000 << 0 << QStringLiteral("fail, blocking");
        QTest::newRow("436 another console's copy")
            << Error::fromPlugin(436, QStringLiteral("Remote publisher already exists"),
                                 QStringLiteral("add_remote_publisher"))
            << 20000 << 0 << QStringLiteral("wait");
        QTest::newRow("timeout") << Error::timeout(QStringLiteral("add_remote_publisher"), 10000)
                                 << 20000 << 0 << QStringLiteral("fail");
    }

    void addFailure() {
        QFETCH(Error, error);
        QFETCH(int, port);
        QFETCH(int, attempt);
        QFETCH(QString, judged);
        const AddFailure f = judgeAddFailure(error, port, attempt);
        QStringList words{f.next == AddFailure::Next::TryNextPort ? QStringLiteral("next port")
                          : f.next == AddFailure::Next::WaitForOtherConsole
                              ? QStringLiteral("wait")
                              : QStringLiteral("fail")};
        if (f.portUnusable)
            words << QStringLiteral("unusable");
        if (f.blocking)
            words << QStringLiteral("blocking");
        QCOMPARE(words.join(QStringLiteral(", ")), judged);
    }

    void wantedPublishers() {
        World w;
        w.publisher(101).publisher(102);
        // A remote publisher in the source room (a copy from elsewhere) cannot be remotized.
        w.observed.sourceParticipants << vr::Participant{Id(103), QStringLiteral("r"), true, true};
        w.observed.publishers << vr::Publisher{Id(103), QStringLiteral("r"), audio(), true};
        QList<qint64> ids;
        for (const vr::Publisher& p : cascade::wantedPublishers(link(), w.observed))
            ids << p.id.number();
        QCOMPARE(ids, (QList<qint64>{101, 102}));
        QCOMPARE(cascade::wantedPublishers(link(Id(102)), w.observed).size(), 1);
    }

private:
    void comeAndGo() {
        row("empty room: nothing to do", World(), QString());
        row("a publisher comes", World().publisher(101), addAndPublish(101, 20000));
        row("two publishers come: a port pair each", World().publisher(101).publisher(102),
            addAndPublish(101, 20000) + QStringLiteral("; ") + addAndPublish(102, 20002));
        row("a mirror that is whole is kept",
            World().publisher(101).copy(101).remotized(101, 20000).had(101, 20000).portsTaken(1),
            QStringLiteral("keep 101 port=20000"));
        row("a publisher changes streams: update the copy",
            World()
                .publisher(101, audioVideo())
                .copy(101)
                .remotized(101, 20000)
                .had(101, 20000)
                .portsTaken(1),
            QStringLiteral("update 101 port=20000"));
        row("streams changed before the mirror was up: kept, no update",
            World()
                .publisher(101, audioVideo())
                .copy(101)
                .remotized(101, 20000)
                .had(101, 20000, Mirror::State::Pending)
                .portsTaken(1),
            QStringLiteral("keep 101 port=20000"));
        World leftWithCopy = World().publisher(102).copy(101).copy(102).remotized(102, 20002);
        row("a publisher goes: its copy is removed and its port given back",
            leftWithCopy.had(101, 20000).had(102, 20002).portsTaken(2),
            QStringLiteral("keep 102 port=20002; remove jcc-l1-101 (publisher left); "
                           "release 20000"));
        row("a publisher goes, its copy already gone: the port only",
            World().had(101, 20000).portsTaken(1), QStringLiteral("release 20000"));
        row("only the link's own publisher", World().publisher(101).publisher(102),
            addAndPublish(102, 20000), link(Id(102)));
        World withRemote = World().publisher(101);
        withRemote.observed.sourceParticipants
            << vr::Participant{Id(103), QStringLiteral("r"), true, true};
        withRemote.observed.publishers
            << vr::Publisher{Id(103), QStringLiteral("r"), audio(), true};
        row("a remote publisher in the source room is not mirrored", withRemote,
            addAndPublish(101, 20000));
    }

    void restarts() {
        row("target restarted: copy gone, remotization stale",
            World().publisher(101).remotized(101, 20000).had(101, 20000).portsTaken(1),
            QStringLiteral("unpublish 101 port=20000; ") + addAndPublish(101, 20002));
        row("source restarted: new publisher id, the old copy is removed",
            World().publisher(201).copy(101).had(101, 20000).portsTaken(1),
            addAndPublish(201, 20002) +
                QStringLiteral("; remove jcc-l1-101 (publisher left); release 20000"));
        row("console restarted: a whole mirror is adopted with its port",
            World().publisher(101).copy(101).remotized(101, 20004),
            QStringLiteral("keep 101 port=20004"));
        row("the link's host changed: remotization and copy rebuilt",
            World()
                .publisher(101)
                .copy(101)
                .remotized(101, 20000, kOldHost)
                .had(101, 20000)
                .portsTaken(1),
            QStringLiteral("unpublish 101 port=20000; remove jcc-l1-101; ") +
                addAndPublish(101, 20002));
    }

    void foreignAndRaces() {
        World foreign = World().publisher(101).copy(101, QStringLiteral("l2"));
        foreign.observed.targetParticipants
            << vr::Participant{Id(77), QStringLiteral("bob"), true, true}
            << vr::Participant{Id(78), marker::display(QStringLiteral("eve"), QStringLiteral("l1")),
                               true, false};
        row("other links' copies, unmarked and WebRTC publishers on the target are not touched",
            foreign, addAndPublish(101, 20000));
        row("remotizations of other links and tools are not ours",
            World()
                .publisher(101)
                .remotized(101, 30000, kHost, QStringLiteral("jcc:l2"))
                .remotized(101, 30002, kHost, QStringLiteral("recorder")),
            addAndPublish(101, 20000));
        row("race: a copy we did not make, no feed yet: wait one pass",
            World().publisher(101).copy(101), QStringLiteral("wait 101"));
        World stillUnfed = World().publisher(101).copy(101);
        stillUnfed.previous.unfedSeen.insert(copyOf(101));
        row("race: still no feed a pass later: rebuilt", stillUnfed,
            QStringLiteral("remove jcc-l1-101; ") + addAndPublish(101, 20000));
        row("our own copy lost its feed: rebuilt at once",
            World().publisher(101).copy(101).had(101, 20000).portsTaken(1),
            QStringLiteral("remove jcc-l1-101; ") + addAndPublish(101, 20002));
        World lostRace = World().publisher(101).copy(101).remotized(101, 20006);
        lostRace.previous.mirrors[Id(101)].error = Error::fromPlugin(
            436, QStringLiteral("exists"), QStringLiteral("add_remote_publisher"));
        row("race lost (436): the other console's whole mirror is kept", lostRace,
            QStringLiteral("keep 101 port=20006"));
    }

    void portsAndBlocking() {
        // Janus 1.1.2 keeps a removed copy's socket bound (fixed in 1.2.2): such ports are busy.
        row("busy ports are skipped", World().publisher(101).busy(20000).busy(20002),
            addAndPublish(101, 20004));
        World full;
        full.observed.ports = PortAllocator(20000, 20001);
        full.publisher(101).publisher(102).portsTaken(0);
        row("port range exhausted: the second publisher fails", full,
            addAndPublish(101, 20000) +
                QStringLiteral("; fail 102: the forwarded port range 20000–20001 of b is "
                               "exhausted; widen it in the node's settings"));
        LinkPlan behindNat = link();
        behindNat.bindAddress = QStringLiteral("100.64.0.10");
        row("behind NAT: the private bind address as iface, publish to the public one",
            World().publisher(101),
            QStringLiteral("add 101 port=20000 iface=100.64.0.10; publish 101 -> ") + kHost,
            behindNat);
        // Janus 1.1.2 refuses iface "0.0.0.0" with 499, 1.3.1+ accepts it: left out, both bind
        // every interface.
        LinkPlan any = link();
        any.bindAddress = QStringLiteral("0.0.0.0");
        row("bind 0.0.0.0 (499 on Janus 1.1.2, accepted by 1.4.1): no iface sent",
            World().publisher(101), addAndPublish(101, 20000), any);
        World unrestricted = World().publisher(101);
        unrestricted.observed.ports = PortAllocator();
        row("no forwarded range: Janus picks the port", unrestricted, addAndPublish(101, 0));
        World blocked = World().publisher(101).publisher(102).copy(102).remotized(102, 20000);
        blocked.previous.blocking = refusedBindAddress();
        row("499 bind address not local: no new copy, a whole one kept", blocked.portsTaken(1),
            QStringLiteral("fail 101: 499; keep 102 port=20000"));
        World staleBlocked = World().publisher(101).remotized(101, 20000).had(101, 20000);
        staleBlocked.previous.blocking = refusedBindAddress();
        row("499 with a stale remotization: cleaned up and tried again", staleBlocked.portsTaken(1),
            QStringLiteral("unpublish 101 port=20000; ") + addAndPublish(101, 20002));
        // Janus 1.2.1+ reports the H.264 profile (1.1.2 does not; VideoRoom sends it only to
        // 1.2.1+): a change of profile alone is a change of streams on every version.
        QList<vr::Stream> h264 = {
            vr::Stream::make(QStringLiteral("video"), 0, QStringLiteral("h264"))};
        QList<vr::Stream> h264High = h264;
        h264High[0].h264Profile = QStringLiteral("640c1f");
        row("H.264 profile changed (Janus 1.4.1 reports it): update",
            World()
                .publisher(101, h264High)
                .copy(101)
                .remotized(101, 20000)
                .had(101, 20000, Mirror::State::Up, h264)
                .portsTaken(1),
            QStringLiteral("update 101 port=20000"));
    }

    void rooms() {
        row(
            "target room missing: created with the source's codecs",
            [] {
                World w = World().publisher(101, audioVideo()).publisher(102);
                w.observed.targetRoomMissing = true;
                return w;
            }(),
            QStringLiteral("create room audio=opus video=vp8"));
        LinkPlan noCreate = link();
        noCreate.createTargetRoom = false;
        World missing = World().publisher(101);
        missing.observed.targetRoomMissing = true;
        row("target room missing, not to be created: down", missing,
            QStringLiteral("down: room 5678 does not exist on b; create it or enable \"create "
                           "target room\" on the link"),
            noCreate);
        World failed = World().publisher(101);
        failed.observed.error = Error::timeout(QStringLiteral("listparticipants"), 10000);
        row("listing failed: degraded, nothing changed", failed,
            QStringLiteral("degraded: ") + failed.observed.error.message());
    }

    void srtp() {
        const QString srtpAdd =
            QStringLiteral("add 101 port=20000 srtp; publish 101 -> %1 srtp").arg(kHost);
        row("srtp preferred, both 1.4.1: encrypted", World().publisher(101).versions(1401, 1401),
            srtpAdd);
        row("srtp preferred, b runs 1.1.2: plain", World().publisher(101).versions(1401, 1102),
            addAndPublish(101, 20000));
        row("srtp preferred, a runs 1.1.2: plain", World().publisher(101).versions(1102, 1401),
            addAndPublish(101, 20000));
        row("srtp preferred, exactly 1.3.0: encrypted", World().publisher(101).versions(1300, 1300),
            srtpAdd);
        LinkPlan required = link();
        required.srtp = profile::Srtp::Required;
        row("srtp required, b runs 1.1.2: refused, nothing created",
            World().publisher(101).versions(1401, 1102),
            QStringLiteral("down: srtp is required but b runs Janus 1.1.2: SRTP needs 1.3.0"),
            required);
        World requiredMissingRoom = World().publisher(101).versions(1102, 1102);
        requiredMissingRoom.observed.targetRoomMissing = true;
        row("srtp required, both 1.1.2, room missing: refused before the room is made",
            requiredMissingRoom,
            QStringLiteral("down: srtp is required but a runs Janus 1.1.2: SRTP needs 1.3.0; b "
                           "runs Janus 1.1.2: SRTP needs 1.3.0"),
            required);
        row("srtp required, both 1.4.1: encrypted", World().publisher(101).versions(1401, 1401),
            srtpAdd, required);
        LinkPlan off = link();
        off.srtp = profile::Srtp::Off;
        row("srtp off, both 1.4.1: plain", World().publisher(101).versions(1401, 1401),
            addAndPublish(101, 20000), off);
        const auto whole = [](World w) {
            return w.publisher(101).copy(101).remotized(101, 20000).portsTaken(1);
        };
        row("encrypted mirror whose key is held: kept",
            whole(World().versions(1401, 1401)).had(101, 20000).keyed(101),
            QStringLiteral("keep 101 port=20000"));
        row("copy made before a restart (key not held): replaced with a fresh key",
            whole(World().versions(1401, 1401)),
            QStringLiteral("unpublish 101 port=20000; remove jcc-l1-101; add 101 port=20002 srtp; "
                           "publish 101 -> %1 srtp")
                .arg(kHost));
        row("srtp off now, mirror was encrypted: rebuilt plain",
            whole(World().versions(1401, 1401)).had(101, 20000).keyed(101),
            QStringLiteral("unpublish 101 port=20000; remove jcc-l1-101; add 101 port=20002; "
                           "publish 101 -> %1")
                .arg(kHost),
            off);
        row("plain leg, adopted copy: kept", whole(World().versions(1401, 1102)),
            QStringLiteral("keep 101 port=20000"));
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
