// Profiles: round trip, every validation error with its exact message, atomic saves.
#include "probe/proberunner.h"
#include "profile/profileio.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace profile;

namespace {

QByteArray example() {
    QFile f(qEnvironmentVariable("JCC_SOURCE_DIR") +
            QStringLiteral("/docs/examples/two-nodes-nat.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The example with one JSON edit applied at a path like "nodes/1/public_address".
QByteArray edited(const QString& path, const QJsonValue& value) {
    QJsonObject root = QJsonDocument::fromJson(example()).object();
    const QStringList parts = path.split(QLatin1Char('/'));
    std::function<QJsonValue(QJsonValue, int)> set = [&](QJsonValue node, int depth) -> QJsonValue {
        const QString& key = parts[depth];
        const bool last = depth == parts.size() - 1;
        if (node.isArray()) {
            QJsonArray a = node.toArray();
            const int i = key.toInt();
            a[i] = last ? value : set(a[i], depth + 1);
            return a;
        }
        QJsonObject o = node.toObject();
        if (last && value.isUndefined())
            o.remove(key);
        else
            o[key] = last ? value : set(o[key], depth + 1);
        return o;
    };
    return QJsonDocument(set(root, 0).toObject()).toJson();
}

} // namespace

class TestProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!example().isEmpty(), "docs/examples/two-nodes-nat.json not found: run through "
                                       "ctest (it sets JCC_SOURCE_DIR)");
    }

    void exampleIsValid() {
        const LoadResult r = io::fromJson(example());
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.profile->nodes.size(), 2);
        QCOMPARE(r.profile->node(QStringLiteral("b"))->bindAddress, QStringLiteral("100.64.0.10"));
        QCOMPARE(r.profile->node(QStringLiteral("b"))->forwardedPorts,
                 std::optional<PortRange>(PortRange{40000, 40099}));
        QCOMPARE(r.profile->links.first().targetRoom, janus::Id(1234));
    }

    // One source of limits: what a profile may say is what the probe runs, at both ends.
    void probeLimitsAgreeWithTheRunner() {
        using L = probe::Limits;
        for (const auto& [key, value, runs] :
             {std::tuple{"packet_size", L::minPacketSize, true},
              std::tuple{"packet_size", L::maxPacketSize, true},
              std::tuple{"packet_size", L::minPacketSize - 1, false},
              std::tuple{"packet_size", L::maxPacketSize + 1, false},
              std::tuple{"rate", L::maxRate, true}, std::tuple{"rate", L::maxRate + 1, false},
              std::tuple{"count", L::maxCount, true},
              std::tuple{"count", L::maxCount + 1, false}}) {
            const LoadResult r = io::fromJson(
                edited(QStringLiteral("probe/") + QLatin1String(key), QJsonValue(value)));
            QVERIFY2(r.ok() == runs, qPrintable(QStringLiteral("%1 = %2: %3")
                                                    .arg(QLatin1String(key))
                                                    .arg(value)
                                                    .arg(r.errors.join(QStringLiteral("; ")))));
            probe::ProbeRunner::Settings s;
            if (QLatin1String(key) == QLatin1String("packet_size"))
                s.packetSize = value;
            else if (QLatin1String(key) == QLatin1String("rate"))
                s.rate = value;
            else
                s.count = value;
            QCOMPARE(probe::ProbeRunner::validate(s).isEmpty(), runs);
        }
    }

    void roundTrip() {
        Profile p = *io::fromJson(example()).profile;
        p.links.first().sourceRoom = janus::Id((qint64(1) << 53) + 1); // not a double
        p.links.first().publisher = janus::Id(QStringLiteral("alice"));
        p.links.first().srtp = profile::Srtp::Required;
        p.links.first().srtpSuite = 32;
        p.alerts.rttP95Ms = 80;
        p.alerts.clearRatio = 0.5;
        p.links.first().alerts.lossPercent = 1.5;
        p.links.first().alerts.noMediaSeconds = 20;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QString error;
        QVERIFY2(io::save(path, p, &error), qPrintable(error));
        const LoadResult back = io::load(path);
        QVERIFY2(back.ok(), qPrintable(back.errors.join(QLatin1Char('\n'))));
        QCOMPARE(*back.profile, p);
        QCOMPARE(back.profile->links.first().sourceRoom.number(), (qint64(1) << 53) + 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY(written.contains("9007199254740993"));
        QVERIFY(written.contains("\"srtp\": \"required\""));
        QVERIFY(written.contains("\"srtp_suite\": 32"));
        QVERIFY(written.contains("\"loss_percent\": 1.5"));
        QCOMPARE(back.profile->alertSettings(p.links.first().id).rttP95Ms, 80.0);
        QCOMPARE(back.profile->alertSettings(p.links.first().id).lossPercent, 1.5);
        QCOMPARE(back.profile->alertSettings().lossPercent, 5.0);
    }

    void errors_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("public address")
            << "nodes/1/public_address" << QJsonValue(QStringLiteral("300.1.2.3"))
            << "nodes[1].public_address: '300.1.2.3' is not an IP address";
        QTest::newRow("bind address")
            << "nodes/1/bind_address" << QJsonValue(QStringLiteral("not an iface!"))
            << "nodes[1].bind_address: 'not an iface!' is not an IP address or interface name";
        QTest::newRow("host name ok, bad label")
            << "nodes/1/public_address" << QJsonValue(QStringLiteral("-bad.example"))
            << "nodes[1].public_address: '-bad.example' is not an IP address or host name";
        QTest::newRow("reversed range") << "nodes/0/forwarded_ports/first" << QJsonValue(40100)
                                        << "nodes[0].forwarded_ports: first 40100 > last 40099";
        QTest::newRow("port too big")
            << "nodes/0/forwarded_ports/last" << QJsonValue(70000)
            << "nodes[0].forwarded_ports.last: 70000 is out of range 1–65535";
        QTest::newRow("port zero") << "nodes/0/forwarded_ports/first" << QJsonValue(0)
                                   << "nodes[0].forwarded_ports.first: 0 is out of range 1–65535";
        QTest::newRow("duplicate node") << "nodes/1/id" << QJsonValue(QStringLiteral("a"))
                                        << "nodes[1].id: duplicate node id 'a'";
        QTest::newRow("unknown node") << "links/0/target_node" << QJsonValue(QStringLiteral("c"))
                                      << "links[0].target_node: unknown node 'c'";
        QTest::newRow("same node") << "links/0/target_node" << QJsonValue(QStringLiteral("a"))
                                   << "links[0].target_node: a link needs two different nodes";
        QTest::newRow("null") << "nodes/0/name" << QJsonValue(QJsonValue::Null)
                              << "nodes[0].name: null is not allowed; leave the field out instead";
        QTest::newRow("fractional room")
            << "links/0/source_room" << QJsonValue(12.5)
            << "links[0].source_room: must be a positive whole number or a non-empty string";
        QTest::newRow("missing room") << "links/0/source_room" << QJsonValue(QJsonValue::Undefined)
                                      << "links[0].source_room: missing";
        QTest::newRow("url scheme")
            << "nodes/0/api_url" << QJsonValue(QStringLiteral("ftp://x:8188"))
            << "nodes[0].api_url: 'ftp://x:8188' must start with ws://, wss://, http:// or "
               "https://";
        QTest::newRow("node id")
            << "nodes/0/id" << QJsonValue(QStringLiteral("Node A"))
            << "nodes[0].id: 'Node A' must be lowercase letters, digits, '-' or '_'";
        QTest::newRow("secret in profile")
            << "nodes/0/apisecret" << QJsonValue(QStringLiteral("hunter2"))
            << "nodes[0].apisecret: secrets do not belong in a profile; keep them in the system "
               "keychain or in JCC_<NODE>_… environment variables (docs/profile.md)";
        QTest::newRow("newer version")
            << "version" << QJsonValue(7)
            << "profile version 7 is newer than this console supports (1)";
        QTest::newRow("rate") << "probe/rate" << QJsonValue(5000)
                              << "probe.rate: 5000 is out of range 1–1000";
        QTest::newRow("packet size below the probe's headers")
            << "probe/packet_size" << QJsonValue(probe::Limits::minPacketSize - 1)
            << "probe.packet_size: 43 is out of range 44–1400";
        QTest::newRow("srtp word") << "links/0/srtp" << QJsonValue(QStringLiteral("maybe"))
                                   << "links[0].srtp: 'maybe' is not preferred, required or off";
        QTest::newRow("alert threshold")
            << "alerts" << QJsonValue(QJsonObject{{QStringLiteral("loss_percent"), 150}})
            << "alerts.loss_percent: 150 is out of range 0–100";
        QTest::newRow("link alert count")
            << "links/0/alerts" << QJsonValue(QJsonObject{{QStringLiteral("raise_after"), 0}})
            << "links[0].alerts.raise_after: 0 is out of range 1–100";
        QTest::newRow("alerts not an object")
            << "links/0/alerts" << QJsonValue(5) << "links[0].alerts: must be an object";
        QTest::newRow("alert key")
            << "alerts" << QJsonValue(QJsonObject{{QStringLiteral("loss"), 5}})
            << "alerts.loss: not an alert setting";
        QTest::newRow("srtp suite")
            << "links/0/srtp_suite" << QJsonValue(64) << "links[0].srtp_suite: must be 80 or 32";
        QTest::newRow("srtp key in profile")
            << "links/0/srtp_crypto" << QJsonValue(QStringLiteral("c2VjcmV0a2V5"))
            << "links[0].srtp_crypto: secrets do not belong in a profile; keep them in the "
               "system keychain or in JCC_<NODE>_… environment variables (docs/profile.md)";
        QTest::newRow("no public address")
            << "nodes/1/public_address" << QJsonValue(QJsonValue::Undefined)
            << "links[0].target_node: node 'b' has no public_address to send to (set it, or a "
               "host_override)";
    }
    void errors() {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const LoadResult r = io::fromJson(edited(path, value));
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.contains(message), qPrintable(r.errors.join(QLatin1Char('\n'))));
    }

    void truncatedFileIsReportedAndKept() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.json"));
        const QByteArray cut = example().left(300);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(cut);
        }
        const LoadResult r = io::load(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.first().startsWith(QLatin1String("not valid JSON at byte")),
                 qPrintable(r.errors.first()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), cut); // untouched
    }

    void failedSaveKeepsOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.json"));
        const Profile p = *io::fromJson(example()).profile;
        QVERIFY(io::save(path, p));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner); // no new files here
        Profile changed = p;
        changed.name = QStringLiteral("changed");
        QString error;
        const bool saved = io::save(path, changed, &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (saved)
            QSKIP("SKIPPED: running as root, directory permissions do not stop writes here");
        QVERIFY(error.contains(QLatin1String("cannot write")));
        QCOMPARE(io::load(path).profile->name, p.name);
    }

    void saveIntoMissingFolderFails() {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!io::save(dir.filePath(QStringLiteral("no/such/folder/p.json")),
                          *io::fromJson(example()).profile, &error));
        QVERIFY(error.startsWith(QLatin1String("cannot write")));
    }

    void serverUrls_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("pinOk"); // a tls_pin_sha256 with it as the api_url
        QTest::newRow("ws") << "ws://198.51.100.2:8188" << true << false;
        QTest::newRow("wss") << "wss://janus.example:8989" << true << true;
        QTest::newRow("http") << "http://198.51.100.2:8088/janus" << true << false;
        QTest::newRow("https") << "https://janus.example:8089/janus" << true << true;
        QTest::newRow("ftp") << "ftp://198.51.100.2" << false << false;
        QTest::newRow("no host") << "http:///janus" << false << false;
    }
    void serverUrls() {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(bool, pinOk);
        QCOMPARE(validateServerUrl(QUrl(url)).isEmpty(), ok);
        const QString pin(64, QLatin1Char('a'));
        QCOMPARE(validateTlsPin(pin, QUrl(url)).isEmpty(), pinOk);
        // The loader takes both API URLs as they are.
        const LoadResult r = io::fromJson(edited(QStringLiteral("nodes/0/admin_url"), url));
        QCOMPARE(r.ok(), ok);
    }

    void addressValidation_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("bindOk");
        QTest::addColumn<bool>("publicOk");
        QTest::newRow("ipv4") << "198.51.100.2" << true << true;
        QTest::newRow("ipv6") << "2001:db8::1" << true << true;
        QTest::newRow("iface") << "lan0" << true << true;
        QTest::newRow("host") << "janus-b.example.org" << false << true;
        QTest::newRow("bad ipv4") << "198.51.100.256" << false << false;
        QTest::newRow("spaces") << " 198.51.100.2" << false << false;
    }
    void addressValidation() {
        QFETCH(QString, address);
        QFETCH(bool, bindOk);
        QFETCH(bool, publicOk);
        QCOMPARE(validateAddress(address, AddressKind::Bind).isEmpty(), bindOk);
        QCOMPARE(validateAddress(address, AddressKind::Public).isEmpty(), publicOk);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
