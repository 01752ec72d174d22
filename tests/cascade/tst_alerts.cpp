// AlertEngine: thresholds with hysteresis, driven by made-up observations and times.
#include "cascade/alerts.h"

#include <QSignalSpy>
#include <QTest>

using cascade::Alert;
using cascade::AlertEngine;
using State = cascade::LinkController::State;

namespace {

const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

probe::ProbeResult probeWith(double lossPercent, double rttP95 = 10, double jitter = 1) {
    probe::ProbeResult r;
    r.sent = 1000;
    r.lost = qint64(lossPercent * 10);
    r.received = r.sent - r.lost;
    r.rttP95Ms = rttP95;
    r.jitterMs = jitter;
    return r;
}

profile::Profile twoLinks() {
    profile::Profile p;
    profile::Link plain, strict;
    plain.id = QStringLiteral("ab");
    strict.id = QStringLiteral("ac");
    strict.alerts.lossPercent = 1;
    strict.alerts.raiseAfter = 1;
    p.links = {plain, strict};
    return p;
}

} // namespace

class TestAlerts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lossSequence_data();
    void lossSequence();
    void rttAndJitter();
    void overrideBeatsProfile();
    void nodeDownForSeconds();
    void noMediaForSeconds();
    void failedProbeIsTotalLoss();
    void profileRoundTrip();
};

void TestAlerts::lossSequence_data() {
    QTest::addColumn<QList<double>>("losses");
    QTest::addColumn<int>("raisedCount");
    QTest::addColumn<int>("clearedCount");
    QTest::addColumn<bool>("activeAtEnd");
    // Defaults: 5 %, two probes to raise, two under 4 % to clear.
    QTest::newRow("steady good") << QList<double>{0, 1, 0, 2} << 0 << 0 << false;
    QTest::newRow("one spike") << QList<double>{0, 20, 0, 0} << 0 << 0 << false;
    QTest::newRow("crossing raises once") << QList<double>{0, 8, 9, 10, 12, 9} << 1 << 0 << true;
    QTest::newRow("oscillating does not raise")
        << QList<double>{4, 6, 4, 6, 4, 6, 4, 6} << 0 << 0 << false;
    QTest::newRow("oscillating after raise does not clear")
        << QList<double>{8, 8, 4.5, 6, 4.5, 6, 4.5, 5.5} << 1 << 0 << true;
    QTest::newRow("recovery clears once") << QList<double>{8, 8, 1, 1, 0, 0, 0} << 1 << 1 << false;
    QTest::newRow("one good probe is not recovery")
        << QList<double>{8, 8, 1, 8, 1} << 1 << 0 << true;
    QTest::newRow("raise, clear, raise again") << QList<double>{8, 8, 0, 0, 9, 9} << 2 << 1 << true;
}

void TestAlerts::lossSequence() {
    QFETCH(QList<double>, losses);
    QFETCH(int, raisedCount);
    QFETCH(int, clearedCount);
    QFETCH(bool, activeAtEnd);
    AlertEngine engine;
    engine.setProfile(profile::Profile{});
    QSignalSpy raised(&engine, &AlertEngine::raised);
    QSignalSpy cleared(&engine, &AlertEngine::cleared);
    for (int i = 0; i < losses.size(); ++i)
        engine.observeProbe(AlertEngine::nodeTarget(QStringLiteral("a")), probeWith(losses[i]),
                            t0.addSecs(10 * i));
    QCOMPARE(raised.count(), raisedCount);
    QCOMPARE(cleared.count(), clearedCount);
    QCOMPARE(engine.active().size(), activeAtEnd ? 1 : 0);
    if (raisedCount > 0) {
        const Alert a = raised.first().at(0).value<Alert>();
        QCOMPARE(a.kind, Alert::Kind::Loss);
        QCOMPARE(a.target, QStringLiteral("node a"));
        QVERIFY2(a.text.contains(QStringLiteral("5 %")), qPrintable(a.text));
        QCOMPARE(a.toJson().value(QStringLiteral("kind")).toString(), QStringLiteral("loss"));
    }
    if (clearedCount > 0)
        QVERIFY(!cleared.first().at(0).value<Alert>().active);
}

void TestAlerts::rttAndJitter() {
    AlertEngine engine;
    QSignalSpy raised(&engine, &AlertEngine::raised);
    const QString t = AlertEngine::linkTarget(QStringLiteral("ab"));
    engine.observeProbe(t, probeWith(0, 200, 40), t0);
    engine.observeProbe(t, probeWith(0, 200, 40), t0.addSecs(10));
    QCOMPARE(raised.count(), 2);
    QCOMPARE(raised.at(0).at(0).value<Alert>().kind, Alert::Kind::Rtt);
    QCOMPARE(raised.at(1).at(0).value<Alert>().kind, Alert::Kind::Jitter);
    QCOMPARE(raised.at(0).at(0).value<Alert>().since, t0); // since the first bad probe
}

void TestAlerts::overrideBeatsProfile() {
    AlertEngine engine;
    profile::Profile p = twoLinks();
    p.alerts.lossPercent = 10;
    engine.setProfile(p);
    QSignalSpy raised(&engine, &AlertEngine::raised);
    // 3 % loss, once: under the profile's 10 % on ab, over ac's own 1 % (raised at once).
    engine.observeProbe(AlertEngine::linkTarget(QStringLiteral("ab")), probeWith(3), t0);
    engine.observeProbe(AlertEngine::linkTarget(QStringLiteral("ab")), probeWith(3), t0);
    QCOMPARE(raised.count(), 0);
    engine.observeProbe(AlertEngine::linkTarget(QStringLiteral("ac")), probeWith(3), t0);
    QCOMPARE(raised.count(), 1);
    QCOMPARE(raised.at(0).at(0).value<Alert>().target, QStringLiteral("link ac"));
    QCOMPARE(p.alertSettings(QStringLiteral("ab")).lossPercent, 10.0);
    QCOMPARE(p.alertSettings(QStringLiteral("ac")).lossPercent, 1.0);
    QCOMPARE(p.alertSettings().rttP95Ms, 150.0); // the built-in default stays
}

void TestAlerts::nodeDownForSeconds() {
    AlertEngine engine;
    profile::Profile p;
    p.alerts.nodeDownSeconds = 30;
    engine.setProfile(p);
    QSignalSpy raised(&engine, &AlertEngine::raised);
    QSignalSpy cleared(&engine, &AlertEngine::cleared);
    const QString b = QStringLiteral("b");
    engine.observeNode(b, false, t0);
    engine.observeNode(b, false, t0.addSecs(20));
    engine.observeNode(b, true, t0.addSecs(25)); // back before 30 s: no alert, timer restarts
    engine.observeNode(b, false, t0.addSecs(40));
    engine.observeNode(b, false, t0.addSecs(69));
    QCOMPARE(raised.count(), 0);
    engine.observeNode(b, false, t0.addSecs(70));
    QCOMPARE(raised.count(), 1);
    QCOMPARE(raised.at(0).at(0).value<Alert>().since, t0.addSecs(40));
    engine.observeNode(b, false, t0.addSecs(80));
    engine.observeNode(b, true, t0.addSecs(90));
    QCOMPARE(cleared.count(), 0); // one good observation is not enough
    engine.observeNode(b, true, t0.addSecs(100));
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(raised.count(), 1);
    QVERIFY(engine.active().isEmpty());
}

void TestAlerts::noMediaForSeconds() {
    AlertEngine engine;
    engine.setProfile(twoLinks()); // default: 10 s
    QSignalSpy raised(&engine, &AlertEngine::raised);
    QSignalSpy cleared(&engine, &AlertEngine::cleared);
    const QString ab = QStringLiteral("ab");
    engine.observeLinkState(ab, State::NoMedia, t0);
    engine.observeLinkState(ab, State::NoMedia, t0.addSecs(9));
    QCOMPARE(raised.count(), 0);
    engine.observeLinkState(ab, State::NoMedia, t0.addSecs(10));
    QCOMPARE(raised.count(), 1);
    QCOMPARE(raised.at(0).at(0).value<Alert>().kind, Alert::Kind::NoMedia);
    QCOMPARE(engine.active().size(), 1);
    engine.observeLinkState(ab, State::Down, t0.addSecs(20)); // not proof of media
    engine.observeLinkState(ab, State::Up, t0.addSecs(30));
    engine.observeLinkState(ab, State::Up, t0.addSecs(40));
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(raised.count(), 1);
}

void TestAlerts::failedProbeIsTotalLoss() {
    AlertEngine engine;
    profile::Profile p;
    p.alerts.raiseAfter = 1;
    engine.setProfile(p);
    QSignalSpy raised(&engine, &AlertEngine::raised);
    probe::ProbeResult notStarted; // "not probed: …": nothing sent
    engine.observeProbe(AlertEngine::nodeTarget(QStringLiteral("a")), notStarted, t0);
    QCOMPARE(raised.count(), 1); // loss only: no RTT or jitter without packets back
    QCOMPARE(raised.at(0).at(0).value<Alert>().kind, Alert::Kind::Loss);
}

void TestAlerts::profileRoundTrip() {
    QStringList errors;
    const QJsonObject o{{QStringLiteral("loss_percent"), 2.5},
                        {QStringLiteral("node_down_seconds"), 60},
                        {QStringLiteral("raise_after"), 1}};
    const profile::AlertThresholds t =
        profile::readAlertThresholds(o, QStringLiteral("alerts."), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(t.lossPercent, 2.5);
    QCOMPARE(profile::toJson(t), o);
    profile::readAlertThresholds(QJsonObject{{QStringLiteral("loss_percent"), 150},
                                             {QStringLiteral("raise_after"), 1.5},
                                             {QStringLiteral("lossy"), 1}},
                                 QStringLiteral("alerts."), &errors);
    QCOMPARE(errors.size(), 3);
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
