#include "profileio.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace profile::io {

namespace {

const QString formatName = QStringLiteral("janus-cascade-profile");

/// Reads typed fields and records problems with their JSON path.
class Reader {
public:
    explicit Reader(QStringList* errors)
        : m_errors(errors) {}

    void error(const QString& path, const QString& text) {
        *m_errors << path + QStringLiteral(": ") + text;
    }

    bool present(const QJsonObject& o, const QString& key, const QString& path) {
        const QJsonValue v = o.value(key);
        if (v.isNull() && o.contains(key)) {
            error(path + key, QCoreApplication::translate(
                                  "profile", "null is not allowed; leave the field out instead"));
            return false;
        }
        return o.contains(key);
    }

    QString string(const QJsonObject& o, const QString& key, const QString& path,
                   bool required = false) {
        if (!present(o, key, path)) {
            if (required)
                error(path + key, QStringLiteral("missing"));
            return {};
        }
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            error(path + key, QCoreApplication::translate("profile", "must be a string"));
            return {};
        }
        return v.toString();
    }

    bool boolean(const QJsonObject& o, const QString& key, const QString& path, bool fallback) {
        if (!present(o, key, path))
            return fallback;
        if (!o.value(key).isBool()) {
            error(path + key, QCoreApplication::translate("profile", "must be true or false"));
            return fallback;
        }
        return o.value(key).toBool();
    }

    int integer(const QJsonObject& o, const QString& key, const QString& path, int fallback,
                int min, int max) {
        if (!present(o, key, path))
            return fallback;
        const QJsonValue v = o.value(key);
        const qint64 n = v.toInteger(std::numeric_limits<qint64>::min());
        if (!v.isDouble() || n == std::numeric_limits<qint64>::min()) {
            error(path + key, QCoreApplication::translate("profile", "must be a whole number"));
            return fallback;
        }
        if (n < min || n > max) {
            error(path + key, QCoreApplication::translate("profile", "%1 is out of range %2–%3")
                                  .arg(n)
                                  .arg(min)
                                  .arg(max));
            return fallback;
        }
        return int(n);
    }

    janus::Id id(const QJsonObject& o, const QString& key, const QString& path, bool required) {
        if (!present(o, key, path)) {
            if (required)
                error(path + key, QStringLiteral("missing"));
            return {};
        }
        const auto parsed = janus::Id::fromJson(o.value(key));
        if (!parsed) {
            error(path + key,
                  QCoreApplication::translate(
                      "profile", "must be a positive whole number or a non-empty string"));
            return {};
        }
        return *parsed;
    }

    QStringList* m_errors;
};

const QStringList& secretKeys() {
    static const QStringList keys = {
        QStringLiteral("apisecret"),   QStringLiteral("api_secret"), QStringLiteral("admin_secret"),
        QStringLiteral("secret"),      QStringLiteral("token"),      QStringLiteral("admin_key"),
        QStringLiteral("room_secret"), QStringLiteral("pin"),        QStringLiteral("password"),
        QStringLiteral("srtp_crypto"), QStringLiteral("srtp_key")};
    return keys;
}

void refuseSecrets(const QJsonObject& o, const QString& path, Reader& r) {
    for (const QString& key : secretKeys())
        if (o.contains(key))
            r.error(path + key,
                    QCoreApplication::translate(
                        "profile",
                        "secrets do not belong in a profile; keep them in the system "
                        "keychain or in JCC_<NODE>_… environment variables (docs/profile.md)"));
}

Node readNode(const QJsonObject& o, const QString& path, Reader& r) {
    refuseSecrets(o, path, r);
    Node n;
    n.id = r.string(o, QStringLiteral("id"), path, true);
    n.name = r.string(o, QStringLiteral("name"), path);
    n.apiUrl = QUrl(r.string(o, QStringLiteral("api_url"), path, true));
    const QString admin = r.string(o, QStringLiteral("admin_url"), path);
    n.adminUrl = admin.isEmpty() ? QUrl() : QUrl(admin);
    n.bindAddress = r.string(o, QStringLiteral("bind_address"), path);
    n.publicAddress = r.string(o, QStringLiteral("public_address"), path);
    n.tlsPinSha256 = r.string(o, QStringLiteral("tls_pin_sha256"), path);
    if (r.present(o, QStringLiteral("forwarded_ports"), path)) {
        const QString p = path + QStringLiteral("forwarded_ports.");
        const QJsonObject range = o.value(QLatin1String("forwarded_ports")).toObject();
        if (!o.value(QLatin1String("forwarded_ports")).isObject())
            r.error(path + QStringLiteral("forwarded_ports"),
                    QCoreApplication::translate("profile",
                                                "must be an object {\"first\": N, \"last\": M}"));
        else if (!range.contains(QLatin1String("first")) || !range.contains(QLatin1String("last")))
            r.error(path + QStringLiteral("forwarded_ports"),
                    QCoreApplication::translate("profile", "needs both first and last"));
        else
            n.forwardedPorts = PortRange{r.integer(range, QStringLiteral("first"), p, 0, 1, 65535),
                                         r.integer(range, QStringLiteral("last"), p, 0, 1, 65535)};
    }
    return n;
}

Link readLink(const QJsonObject& o, const QString& path, Reader& r) {
    refuseSecrets(o, path, r);
    Link l;
    l.id = r.string(o, QStringLiteral("id"), path, true);
    l.sourceNode = r.string(o, QStringLiteral("source_node"), path, true);
    l.sourceRoom = r.id(o, QStringLiteral("source_room"), path, true);
    l.publisher = r.id(o, QStringLiteral("publisher"), path, false);
    l.targetNode = r.string(o, QStringLiteral("target_node"), path, true);
    l.targetRoom = r.id(o, QStringLiteral("target_room"), path, true);
    l.createTargetRoom = r.boolean(o, QStringLiteral("create_target_room"), path, false);
    l.hostOverride = r.string(o, QStringLiteral("host_override"), path);
    l.enabled = r.boolean(o, QStringLiteral("enabled"), path, true);
    if (const QString srtp = r.string(o, QStringLiteral("srtp"), path); !srtp.isEmpty()) {
        if (const auto mode = srtpFromString(srtp))
            l.srtp = *mode;
        else
            r.error(path + QStringLiteral("srtp"),
                    QCoreApplication::translate("profile", "'%1' is not preferred, required or off")
                        .arg(srtp));
    }
    l.srtpSuite = r.integer(o, QStringLiteral("srtp_suite"), path, 80, 32, 80);
    if (l.srtpSuite != 32 && l.srtpSuite != 80) {
        r.error(path + QStringLiteral("srtp_suite"),
                QCoreApplication::translate("profile", "must be 80 or 32"));
        l.srtpSuite = 80;
    }
    if (r.present(o, QStringLiteral("alerts"), path))
        l.alerts = readAlertThresholds(o.value(QLatin1String("alerts")),
                                       path + QStringLiteral("alerts."), r.m_errors);
    return l;
}

} // namespace

QStringList validate(const Profile& p) {
    QStringList errors;
    QSet<QString> nodeIds, linkIds;
    for (int i = 0; i < p.nodes.size(); ++i) {
        const QString path = QStringLiteral("nodes[%1].").arg(i);
        for (const Problem& problem : checkNode(p.nodes[i]))
            errors << path + problem.field + QStringLiteral(": ") + problem.text;
        if (!p.nodes[i].id.isEmpty() && nodeIds.contains(p.nodes[i].id))
            errors << path + QCoreApplication::translate("profile", "id: duplicate node id '%1'")
                                 .arg(p.nodes[i].id);
        nodeIds.insert(p.nodes[i].id);
    }
    for (int i = 0; i < p.links.size(); ++i) {
        const Link& l = p.links[i];
        const QString path = QStringLiteral("links[%1].").arg(i);
        if (!l.id.isEmpty() && linkIds.contains(l.id))
            errors << path + QCoreApplication::translate("profile", "id: duplicate link id '%1'")
                                 .arg(l.id);
        linkIds.insert(l.id);
        if (!l.sourceNode.isEmpty() && !nodeIds.contains(l.sourceNode))
            errors << path +
                          QCoreApplication::translate("profile", "source_node: unknown node '%1'")
                              .arg(l.sourceNode);
        if (!l.targetNode.isEmpty() && !nodeIds.contains(l.targetNode))
            errors << path +
                          QCoreApplication::translate("profile", "target_node: unknown node '%1'")
                              .arg(l.targetNode);
        if (!l.sourceNode.isEmpty() && l.sourceNode == l.targetNode)
            errors << path + QCoreApplication::translate(
                                 "profile", "target_node: a link needs two different nodes");
        if (!l.hostOverride.isEmpty())
            if (const QString e = validateAddress(l.hostOverride, AddressKind::Public);
                !e.isEmpty())
                errors << path + QStringLiteral("host_override: ") + e;
        const Node* target = p.node(l.targetNode);
        if (target && target->publicAddress.isEmpty() && l.hostOverride.isEmpty())
            errors << path + QCoreApplication::translate(
                                 "profile", "target_node: node '%1' has no public_address to send "
                                            "to (set it, or a host_override)")
                                 .arg(l.targetNode);
    }
    if (!p.probe.returnAddress.isEmpty())
        if (const QString e = validateAddress(p.probe.returnAddress, AddressKind::Public);
            !e.isEmpty())
            errors << QStringLiteral("probe.return_address: ") + e;
    return errors;
}

/// An array of objects under key, each read by reader (readNode, readLink) into out.
template <typename Reader_, typename Out>
void readArray(const QJsonObject& root, const char* key, Reader_ reader, Out& out, Reader& r) {
    const QString k = QString::fromLatin1(key);
    if (!r.present(root, k, QString()))
        return;
    if (!root.value(k).isArray()) {
        r.error(k, QCoreApplication::translate("profile", "must be an array"));
        return;
    }
    const QJsonArray array = root.value(k).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2].").arg(k).arg(i);
        if (!array[i].isObject()) {
            r.error(path.chopped(1), QCoreApplication::translate("profile", "must be an object"));
            continue;
        }
        out << reader(array[i].toObject(), path, r);
    }
}

/// Why a profile of this version cannot be read; empty when it can.
QString versionProblem(const QJsonObject& root, int version) {
    if (!root.contains(QLatin1String("version")))
        return QCoreApplication::translate("profile", "version: missing");
    if (version > Profile::currentVersion)
        return QCoreApplication::translate(
                   "profile", "profile version %1 is newer than this console supports (%2)")
            .arg(version)
            .arg(Profile::currentVersion);
    if (version < 1)
        return QCoreApplication::translate("profile", "version: %1 is not a profile version")
            .arg(version);
    return {};
}

/// The "probe" object: the settings, within probe::Limits.
ProbeSettings readProbe(const QJsonObject& probe, Reader& r) {
    ProbeSettings settings;
    const QString path = QStringLiteral("probe.");
    settings.returnAddress = r.string(probe, QStringLiteral("return_address"), path);
    settings.returnPort = r.integer(probe, QStringLiteral("return_port"), path, 0, 0, 65535);
    using L = probe::Limits;
    settings.rate =
        r.integer(probe, QStringLiteral("rate"), path, L::defaultRate, L::minRate, L::maxRate);
    settings.count =
        r.integer(probe, QStringLiteral("count"), path, L::defaultCount, L::minCount, L::maxCount);
    settings.packetSize = r.integer(probe, QStringLiteral("packet_size"), path,
                                    L::defaultPacketSize, L::minPacketSize, L::maxPacketSize);
    settings.intervalSeconds =
        r.integer(probe, QStringLiteral("interval_seconds"), path, L::defaultIntervalSeconds,
                  L::minIntervalSeconds, L::maxIntervalSeconds);
    return settings;
}

LoadResult fromJson(const QByteArray& json) {
    LoadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors << QCoreApplication::translate(
                             "profile", "not valid JSON at byte %1: %2 (is the file truncated?)")
                             .arg(parseError.offset)
                             .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.errors << QCoreApplication::translate("profile", "a profile is a JSON object");
        return result;
    }
    const QJsonObject root = doc.object();
    Reader r(&result.errors);
    const QString format = r.string(root, QStringLiteral("format"), QString());
    if (!format.isEmpty() && format != formatName) {
        result.errors << QCoreApplication::translate("profile",
                                                     "format: '%1' is not a janus-cascade profile")
                             .arg(format);
        return result;
    }
    Profile p;
    p.version = r.integer(root, QStringLiteral("version"), QString(), 0, 0,
                          std::numeric_limits<int>::max());
    if (const QString problem = versionProblem(root, p.version); !problem.isEmpty()) {
        result.errors << problem;
        return result;
    }
    refuseSecrets(root, QString(), r);
    p.name = r.string(root, QStringLiteral("name"), QString());
    readArray(root, "nodes", readNode, p.nodes, r);
    readArray(root, "links", readLink, p.links, r);
    if (r.present(root, QStringLiteral("probe"), QString()))
        p.probe = readProbe(root.value(QLatin1String("probe")).toObject(), r);
    if (r.present(root, QStringLiteral("alerts"), QString()))
        p.alerts = readAlertThresholds(root.value(QLatin1String("alerts")),
                                       QStringLiteral("alerts."), r.m_errors);
    result.errors << validate(p);
    if (result.errors.isEmpty())
        result.profile = p;
    return result;
}

LoadResult load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.errors << QCoreApplication::translate("profile", "cannot read %1: %2")
                             .arg(path, file.errorString());
        return result;
    }
    return fromJson(file.readAll());
}

QByteArray toJson(const Profile& p) {
    QJsonArray nodes;
    for (const Node& n : p.nodes) {
        QJsonObject o{{QStringLiteral("id"), n.id},
                      {QStringLiteral("api_url"), n.apiUrl.toString()}};
        if (!n.name.isEmpty())
            o.insert(QStringLiteral("name"), n.name);
        if (!n.adminUrl.isEmpty())
            o.insert(QStringLiteral("admin_url"), n.adminUrl.toString());
        if (!n.bindAddress.isEmpty())
            o.insert(QStringLiteral("bind_address"), n.bindAddress);
        if (!n.publicAddress.isEmpty())
            o.insert(QStringLiteral("public_address"), n.publicAddress);
        if (n.forwardedPorts)
            o.insert(QStringLiteral("forwarded_ports"),
                     QJsonObject{{QStringLiteral("first"), n.forwardedPorts->first},
                                 {QStringLiteral("last"), n.forwardedPorts->last}});
        if (!n.tlsPinSha256.isEmpty())
            o.insert(QStringLiteral("tls_pin_sha256"), n.tlsPinSha256);
        nodes.append(o);
    }
    QJsonArray links;
    for (const Link& l : p.links) {
        QJsonObject o{{QStringLiteral("id"), l.id},
                      {QStringLiteral("source_node"), l.sourceNode},
                      {QStringLiteral("source_room"), l.sourceRoom.toJson()},
                      {QStringLiteral("target_node"), l.targetNode},
                      {QStringLiteral("target_room"), l.targetRoom.toJson()},
                      {QStringLiteral("create_target_room"), l.createTargetRoom},
                      {QStringLiteral("enabled"), l.enabled}};
        if (l.publisher.isValid())
            o.insert(QStringLiteral("publisher"), l.publisher.toJson());
        if (!l.hostOverride.isEmpty())
            o.insert(QStringLiteral("host_override"), l.hostOverride);
        o.insert(QStringLiteral("srtp"), toString(l.srtp));
        if (l.srtpSuite != 80)
            o.insert(QStringLiteral("srtp_suite"), l.srtpSuite);
        if (!l.alerts.isEmpty())
            o.insert(QStringLiteral("alerts"), toJson(l.alerts));
        links.append(o);
    }
    QJsonObject probe{{QStringLiteral("rate"), p.probe.rate},
                      {QStringLiteral("count"), p.probe.count},
                      {QStringLiteral("packet_size"), p.probe.packetSize},
                      {QStringLiteral("interval_seconds"), p.probe.intervalSeconds},
                      {QStringLiteral("return_port"), p.probe.returnPort}};
    if (!p.probe.returnAddress.isEmpty())
        probe.insert(QStringLiteral("return_address"), p.probe.returnAddress);
    QJsonObject root{{QStringLiteral("format"), formatName}, {QStringLiteral("version"), p.version},
                     {QStringLiteral("name"), p.name},       {QStringLiteral("nodes"), nodes},
                     {QStringLiteral("links"), links},       {QStringLiteral("probe"), probe}};
    if (!p.alerts.isEmpty())
        root.insert(QStringLiteral("alerts"), toJson(p.alerts));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool save(const QString& path, const Profile& profile, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("profile", "cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    const QByteArray json = toJson(profile);
    if (file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("profile", "cannot write %1: %2")
                         .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace profile::io
