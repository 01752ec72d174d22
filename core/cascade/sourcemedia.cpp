#include "sourcemedia.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <memory>

namespace cascade {

using janus::Id;
using janus::Result;

namespace {

const QLatin1String kVideoRoom("janus.plugin.videoroom");

std::optional<qint64> optionalInteger(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

SourceStreamStats streamOf(const QString& mid, const QJsonObject& m) {
    SourceStreamStats s;
    s.mid = mid;
    s.type = m.value(QLatin1String("type")).toString();
    const QJsonObject in = m[QLatin1String("stats")][QLatin1String("in")].toObject();
    s.packetsIn = in.value(QLatin1String("packets")).toInteger();
    s.bytesIn = in.value(QLatin1String("bytes")).toInteger();
    s.bytesInLastSecond = in.value(QLatin1String("bytes_lastsec")).toInteger();
    s.nacksIn = optionalInteger(in, "nacks");
    const QJsonObject rtcp = m[QLatin1String("rtcp")][QLatin1String("main")].toObject();
    if (const auto rtt = optionalInteger(rtcp, "rtt"))
        s.rttMs = int(*rtt);
    if (const auto jitter = optionalInteger(rtcp, "jitter-local"))
        s.jitterMs = int(*jitter);
    s.lost = optionalInteger(rtcp, "lost");
    return s;
}

} // namespace

qint64 SourceMediaStats::packetsIn() const {
    qint64 n = 0;
    for (const SourceStreamStats& s : streams)
        n += s.packetsIn;
    return n;
}

qint64 SourceMediaStats::bytesIn() const {
    qint64 n = 0;
    for (const SourceStreamStats& s : streams)
        n += s.bytesIn;
    return n;
}

std::optional<SourceMediaStats> SourceMediaStats::fromHandleInfo(const QJsonObject& info, Id room,
                                                                 Id publisher) {
    const QJsonObject specific = info.value(QLatin1String("plugin_specific")).toObject();
    if (info.value(QLatin1String("plugin")).toString() != kVideoRoom ||
        specific.value(QLatin1String("type")).toString() != QLatin1String("publisher") ||
        Id::fromJson(specific.value(QLatin1String("room"))) != room ||
        Id::fromJson(specific.value(QLatin1String("id"))) != publisher)
        return std::nullopt;
    SourceMediaStats out;
    out.room = room;
    out.publisher = publisher;
    out.readAt = QDateTime::currentDateTimeUtc();
    const QJsonObject webrtc = info.value(QLatin1String("webrtc")).toObject();
    out.iceState = webrtc[QLatin1String("ice")][QLatin1String("state")].toString();
    const QJsonObject media = webrtc.value(QLatin1String("media")).toObject();
    for (auto it = media.begin(); it != media.end(); ++it)
        out.streams << streamOf(it.key(), it.value().toObject());
    return out;
}

QJsonObject SourceMediaStats::toJson() const {
    QJsonArray streamsJson;
    for (const SourceStreamStats& s : streams) {
        QJsonObject o{{QStringLiteral("mid"), s.mid},
                      {QStringLiteral("type"), s.type},
                      {QStringLiteral("packets_in"), s.packetsIn},
                      {QStringLiteral("bytes_in"), s.bytesIn},
                      {QStringLiteral("bytes_in_last_second"), s.bytesInLastSecond}};
        if (s.nacksIn)
            o.insert(QStringLiteral("nacks_in"), *s.nacksIn);
        if (s.rttMs)
            o.insert(QStringLiteral("rtt_ms"), *s.rttMs);
        if (s.jitterMs)
            o.insert(QStringLiteral("jitter_ms"), *s.jitterMs);
        if (s.lost)
            o.insert(QStringLiteral("lost"), *s.lost);
        streamsJson.append(o);
    }
    return {{QStringLiteral("room"), room.toJson()},
            {QStringLiteral("publisher"), publisher.toJson()},
            {QStringLiteral("ice_state"), iceState},
            {QStringLiteral("packets_in"), packetsIn()},
            {QStringLiteral("bytes_in"), bytesIn()},
            {QStringLiteral("read_at"), readAt.toString(Qt::ISODate)},
            {QStringLiteral("streams"), streamsJson}};
}

QString SourceMediaStats::summary() const {
    QStringList parts{
        QCoreApplication::translate("cascade::SourceMedia", "ICE %1")
            .arg(iceState.isEmpty()
                     ? QCoreApplication::translate("cascade::SourceMedia", "(no PeerConnection)")
                     : iceState)};
    for (const SourceStreamStats& s : streams) {
        QString text = QCoreApplication::translate("cascade::SourceMedia", "%1 %2: %3 packets, "
                                                                           "%4 bytes in")
                           .arg(s.type, s.mid)
                           .arg(s.packetsIn)
                           .arg(s.bytesIn);
        if (s.rttMs)
            text +=
                QCoreApplication::translate("cascade::SourceMedia", ", RTT %1 ms").arg(*s.rttMs);
        if (s.jitterMs)
            text += QCoreApplication::translate("cascade::SourceMedia", ", jitter %1 ms")
                        .arg(*s.jitterMs);
        if (s.nacksIn)
            text +=
                QCoreApplication::translate("cascade::SourceMedia", ", %1 NACKs").arg(*s.nacksIn);
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

SourceMediaReader::SourceMediaReader(janus::AdminClient* admin, QObject* parent)
    : QObject(parent)
    , m_admin(admin) {}

janus::Error SourceMediaReader::notFound(const Key& key) {
    return janus::Error::protocol(
        QCoreApplication::translate("cascade::SourceMedia",
                                    "publisher %1 of room %2 has no handle on the source node "
                                    "(it left, or the Admin API sees another server)")
            .arg(key.publisher.toString(), key.room.toString()),
        QStringLiteral("handle_info"));
}

void SourceMediaReader::read(Id room, Id publisher, const QObject* context, Handler handler) {
    const Key key{room, publisher};
    if (!m_admin) {
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context),
            [handler] {
                handler(janus::Error::invalidInput(QCoreApplication::translate(
                    "cascade::SourceMedia", "no Admin API: set admin_url for media counters")));
            },
            Qt::QueuedConnection);
        return;
    }
    if (const auto it = m_handles.constFind(key); it != m_handles.constEnd())
        readCached(key, *it, context, std::move(handler));
    else
        search(key, context, std::move(handler));
}

void SourceMediaReader::readCached(const Key& key, const Where& where, const QObject* context,
                                   Handler handler) {
    m_admin->handleInfo(where.session, where.handle)
        .then(context, [this, key, where, context, handler](const Result<QJsonObject>& info) {
            auto stats = info ? SourceMediaStats::fromHandleInfo(*info, key.room, key.publisher)
                              : std::nullopt;
            if (stats) {
                stats->session = where.session;
                stats->handle = where.handle;
                return handler(*stats);
            }
            // An auth or transport error says so; a handle that is gone or changed is searched.
            if (!info && info.error().kind != janus::Error::Kind::Janus)
                return handler(info.error());
            m_handles.remove(key);
            search(key, context, handler);
        });
}

void SourceMediaReader::search(const Key& key, const QObject* context, Handler handler) {
    ++m_searches;
    struct Scan {
        int pending = 1;
        std::optional<SourceMediaStats> found;
        janus::Error error;
    };
    auto scan = std::make_shared<Scan>();
    auto done = [key, scan, handler] {
        if (--scan->pending > 0)
            return;
        if (scan->found)
            handler(*scan->found);
        else
            handler(scan->error.isError() ? scan->error : notFound(key));
    };
    auto onInfo = [this, key, scan, done](Id session, Id handle, const Result<QJsonObject>& info) {
        if (info && info->value(QLatin1String("plugin")).toString() == kVideoRoom) {
            const QJsonObject specific = info->value(QLatin1String("plugin_specific")).toObject();
            const auto room = Id::fromJson(specific.value(QLatin1String("room")));
            const auto id = Id::fromJson(specific.value(QLatin1String("id")));
            // Every publisher seen is remembered: one scan serves the other mirrors too.
            if (room && id && specific.value(QLatin1String("type")) == QLatin1String("publisher"))
                m_handles.insert(Key{*room, *id}, Where{session, handle});
            if (auto stats = SourceMediaStats::fromHandleInfo(*info, key.room, key.publisher)) {
                stats->session = session;
                stats->handle = handle;
                scan->found = stats;
            }
        }
        done();
    };
    m_admin->listSessions().then(
        context, [this, scan, done, onInfo, context](const Result<QList<Id>>& sessions) {
            if (!sessions) {
                scan->error = sessions.error();
                return done();
            }
            for (const Id& session : sessions->mid(0, maxSessions)) {
                ++scan->pending;
                m_admin->listHandles(session).then(
                    context,
                    [this, session, scan, done, onInfo, context](const Result<QList<Id>>& handles) {
                        const QList<Id> list = handles ? *handles : QList<Id>();
                        for (const Id& handle : list) {
                            ++scan->pending;
                            m_admin->handleInfo(session, handle)
                                .then(context, [session, handle, onInfo](const auto& info) {
                                    onInfo(session, handle, info);
                                });
                        }
                        done();
                    });
            }
            done();
        });
}

} // namespace cascade
