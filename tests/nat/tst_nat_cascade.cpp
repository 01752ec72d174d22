// The article's setup, for real: node B at 100.64.0.10 behind an nftables NAT whose public
// address is 198.51.100.2, node A and the console on the public segment, a real WebRTC
// publisher on A. Runs inside the console's namespace (tests/support/natlab-run.sh).
#include "cascade/fleet.h"
#include "cascade/profileruntime.h"
#include "cascade/roomwatcher.h"
#include "natlabfixture.h"

using namespace janus;
using natlab::cli;
using natlab::CliRun;
using natlab::lab;

class TestNatCascade : public QObject {
    Q_OBJECT
    natlab::Fixture m_lab;

    QList<videoroom::Participant> mirrorsOnB() { return m_lab.mirrorsOnB(); }
    int countRtpAtB(Id remotePublisher, int ms) { return m_lab.countRtpAtB(remotePublisher, ms); }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = natlab::Fixture::skipReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString failed = m_lab.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanup() {
        if (QTest::currentTestFailed())
            m_lab.dumpLogs();
    }

    void publicAddressAsIfaceIs499() {
        const auto audio =
            videoroom::Stream::make(QStringLiteral("audio"), 0, QStringLiteral("opus"));
        VideoRoom::AddRemotePublisher spec;
        spec.room = Id(1234);
        spec.iface = lab("JCC_LAB_B_PUBLIC");
        spec.port = lab("JCC_LAB_FWD_FIRST").toInt();
        spec.streams = {audio};
        spec.secret = QString::fromLatin1(natlab::kRoomSecretB);
        const auto added = testsupport::wait(m_lab.liveB.videoroom->addRemotePublisher(spec));
        QVERIFY(added.failed);
        QCOMPARE(added.error.code, 499);
        QVERIFY(added.error.explanation.contains(QLatin1String("public address")));
        qInfo().noquote() << "as an administrator sees it:" << added.error.message();
        QVERIFY(mirrorsOnB().isEmpty());
    }

    void linkUpThroughTheCli() {
        QCOMPARE(cli({QStringLiteral("validate"), m_lab.profilePath}).code, 0);
        const CliRun up = cli({QStringLiteral("--json"), QStringLiteral("--timeout"),
                               QStringLiteral("20"), QStringLiteral("link"), QStringLiteral("up"),
                               m_lab.profilePath, QStringLiteral("a-to-b")});
        QVERIFY2(up.code == 0, up.out + up.err);
        const QJsonObject state = up.json();
        QCOMPARE(state.value(QLatin1String("state")).toString(), QStringLiteral("up"));
        const QJsonArray mirrors = state.value(QLatin1String("mirrors")).toArray();
        QCOMPARE(mirrors.size(), 1);
        const int port = mirrors[0].toObject().value(QLatin1String("port")).toInt();
        QVERIFY(port >= lab("JCC_LAB_FWD_FIRST").toInt() &&
                port <= lab("JCC_LAB_FWD_LAST").toInt());
        QCOMPARE(mirrors[0].toObject().value(QLatin1String("publisher")).toInteger(),
                 m_lab.publisher->publisherId());

        // B lists the copy, bound to its private side.
        const auto mirrors2 = mirrorsOnB();
        QCOMPARE(mirrors2.size(), 1);
        QCOMPARE(mirrors2[0].display, QStringLiteral("alice [jcc:a-to-b]"));
    }

    void rtpArrivesAtB() {
        const auto mirrors = mirrorsOnB();
        QCOMPARE(mirrors.size(), 1);
        const qint64 sentBefore = m_lab.publisher->packetsSent();
        const int received = countRtpAtB(mirrors[0].id, 3000);
        const qint64 sent = m_lab.publisher->packetsSent() - sentBefore;
        qInfo() << "through the NAT: publisher sent" << sent << "packets in the window, B forwarded"
                << received;
        QVERIFY2(sent > 100, "the publisher stopped sending");
        QVERIFY2(received >= 0.9 * sent,
                 qPrintable(QStringLiteral("%1 of %2").arg(received).arg(sent)));
    }

    // B's room has opus_fec = false (natlabfixture.h) while A's publisher negotiates in-band
    // FEC: Janus 1.3.1+ enforce the room's setting on the copy, which then advertises other
    // streams than the console sent. The reconciler compares the source's streams with what it
    // sent, never with the copy's, so `run` sends no update_remote_publisher pass after pass.
    void roomCodecSettingsCauseNoUpdateLoop() {
        cascade::RoomWatcher onA(m_lab.liveA.connection.get(), Id(1234));
        cascade::RoomWatcher onB(m_lab.liveB.connection.get(), Id(1234));
        QTRY_VERIFY_WITH_TIMEOUT(!onA.publishers().isEmpty() && !onB.publishers().isEmpty(), 10000);
        const videoroom::Stream source = onA.publishers().begin()->streams.value(0);
        const videoroom::Stream copy = onB.publishers().begin()->streams.value(0);
        const int versionB = m_lab.liveB.connection->serverInfo().version;
        qInfo() << "audio FEC: source" << source.fec << "copy on Janus" << versionB << copy.fec;
        if (versionB >= 1301 && source.fec)
            QVERIFY2(!copy.fec, "B's room setting did not reach the copy: the case is not made");

        QProcess run;
        run.start(QStringLiteral(JCC_CLI_BINARY),
                  {QStringLiteral("--verbose"), QStringLiteral("run"), m_lab.profilePath});
        QVERIFY(run.waitForStarted(5000));
        QTest::qWait(9000); // four reconcile passes (every 2 s) and the events between them
        run.terminate();
        QVERIFY(run.waitForFinished(10000));
        const QByteArray said = run.readAllStandardOutput() + run.readAllStandardError();
        QVERIFY2(said.contains("a-to-b"), said.constData()); // it did reconcile the link
        QVERIFY2(!said.contains("update_remote_publisher"), said.constData());
        QCOMPARE(mirrorsOnB().size(), 1);
    }

    void twoConsolesDoNotDuplicate() {
        QCOMPARE(cli({QStringLiteral("link"), QStringLiteral("down"), m_lab.profilePath,
                      QStringLiteral("a-to-b")})
                     .code,
                 0);
        QVERIFY(mirrorsOnB().isEmpty());
        // Two consoles bring the same link up at the same moment.
        QList<QProcess*> consoles;
        for (int i = 0; i < 2; ++i) {
            auto* p = new QProcess(this);
            p->start(QStringLiteral(JCC_CLI_BINARY),
                     {QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("link"),
                      QStringLiteral("up"), m_lab.profilePath, QStringLiteral("a-to-b")});
            consoles << p;
        }
        for (QProcess* p : consoles) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAll().constData());
        }
        qDeleteAll(consoles);
        QCOMPARE(mirrorsOnB().size(), 1);
        const int received = countRtpAtB(mirrorsOnB().first().id, 2000);
        qInfo() << "after two consoles raced, B has one copy and forwarded" << received
                << "packets in 2 s";
        QVERIFY(received > 80);
    }

    void probeProvesTheForwardedRange() {
        // Inside the range the NAT forwards: packets come back, the verdict says so.
        const CliRun inside =
            cli({QStringLiteral("--json"), QStringLiteral("probe"), m_lab.profilePath,
                 QStringLiteral("--node"), QStringLiteral("b"), QStringLiteral("--count"),
                 QStringLiteral("200"), QStringLiteral("--rate"), QStringLiteral("100")});
        QVERIFY2(inside.code == 0, inside.out + inside.err);
        const QJsonObject passed = inside.json();
        QCOMPARE(passed.value(QLatin1String("received")).toInt(), 200);
        QVERIFY(passed.value(QLatin1String("verdict"))
                    .toString()
                    .startsWith(QLatin1String("NAT forwarding works: 198.51.100.2:")));
        qInfo().noquote() << "probe through the NAT:"
                          << passed.value(QLatin1String("verdict")).toString();

        // A profile that claims ports the NAT does not forward: nothing comes back, and the
        // verdict says what to check.
        profile::Profile wrong = m_lab.profile;
        wrong.nodes[1].forwardedPorts = profile::PortRange{lab("JCC_LAB_FWD_LAST").toInt() + 1,
                                                           lab("JCC_LAB_FWD_LAST").toInt() + 100};
        const QString wrongPath = m_lab.dir.filePath(QStringLiteral("wrong-range.json"));
        QVERIFY(profile::io::save(wrongPath, wrong));
        const CliRun outside =
            cli({QStringLiteral("--json"), QStringLiteral("probe"), wrongPath,
                 QStringLiteral("--node"), QStringLiteral("b"), QStringLiteral("--count"),
                 QStringLiteral("50"), QStringLiteral("--rate"), QStringLiteral("100")});
        QCOMPARE(outside.code, 1);
        // A failed probe is the CLI's error object (docs/cli.md): verdict, then the counts.
        const QJsonObject failedProbe = outside.json().value(QLatin1String("error")).toObject();
        QCOMPARE(failedProbe.value(QLatin1String("code")).toString(),
                 QStringLiteral("probe_failed"));
        QVERIFY(failedProbe.value(QLatin1String("explanation"))
                    .toString()
                    .contains(QLatin1String("received 0,")));
        QVERIFY(failedProbe.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("NAT forwards this UDP port")));
        qInfo().noquote() << "probe outside the forwarded range:"
                          << failedProbe.value(QLatin1String("message")).toString();
        // Nothing of either probe is left on B.
        const auto rooms = testsupport::wait(m_lab.liveB.videoroom->list());
        for (const auto& room : videoroom::parseRooms(rooms.result))
            QVERIFY(!room.description.startsWith(QLatin1String("jcc-probe:")));
    }

    void restartOfBIsRepaired() {
        cascade::EventLog log;
        cascade::Fleet fleet(&log);
        const profile::MemorySecretStore secrets = natlab::Fixture::secrets();
        cascade::applyProfile(fleet, m_lab.profile, secrets);
        cascade::LinkController* link = fleet.link(QStringLiteral("a-to-b"));
        link->start(1000);
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), cascade::LinkController::State::Up, 15000);

        m_lab.b->kill();
        QTRY_VERIFY_WITH_TIMEOUT(link->state() == cascade::LinkController::State::Down, 10000);
        QVERIFY(m_lab.b->start());
        QElapsedTimer repair;
        repair.start();
        QTRY_VERIFY_WITH_TIMEOUT(link->state() == cascade::LinkController::State::Up &&
                                     !link->mirrors().isEmpty() &&
                                     link->mirrors().first().state == cascade::Mirror::State::Up,
                                 10000);
        const qint64 repairMs = repair.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(m_lab.liveB.videoroom->isAttached(), 10000);
        qInfo() << "link repaired" << repairMs << "ms after Janus B restarted";
        const auto mirrors = mirrorsOnB();
        QCOMPARE(mirrors.size(), 1);
        const int received = countRtpAtB(mirrors[0].id, 2000);
        qInfo() << "after the repair B forwarded" << received << "packets in 2 s";
        QVERIFY(received > 80);

        // The publisher leaves: its copy on B goes within 3 s.
        m_lab.publisher->stop();
        QElapsedTimer gone;
        gone.start();
        QTRY_VERIFY_WITH_TIMEOUT(mirrorsOnB().isEmpty(), 3000);
        qInfo() << "remote publisher removed from B" << gone.elapsed()
                << "ms after the publisher left";
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), cascade::LinkController::State::Up, 5000);
        QVERIFY(link->reason().contains(QLatin1String("no publishers")));
    }
};

QTEST_GUILESS_MAIN(TestNatCascade)
#include "tst_nat_cascade.moc"
