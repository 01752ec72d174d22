#include "serverinfo.h"

#include <QJsonArray>

namespace janus {

ServerInfo ServerInfo::fromJson(const QJsonObject& info) {
    ServerInfo out;
    out.raw = info;
    out.name = info.value(QLatin1String("server-name")).toString();
    if (out.name.isEmpty())
        out.name = info.value(QLatin1String("name")).toString();
    out.versionString = info.value(QLatin1String("version_string")).toString();
    out.version = info.value(QLatin1String("version")).toInt();
    out.sessionTimeoutSeconds = info.value(QLatin1String("session-timeout")).toInt(60);
    out.localIp = info.value(QLatin1String("local-ip")).toString();
    const QString single = info.value(QLatin1String("public-ip")).toString();
    if (!single.isEmpty())
        out.publicIps << single;
    for (const QJsonValue& ip : info.value(QLatin1String("public-ips")).toArray())
        if (!out.publicIps.contains(ip.toString()))
            out.publicIps << ip.toString();
    const QJsonObject plugins = info.value(QLatin1String("plugins")).toObject();
    for (auto it = plugins.begin(); it != plugins.end(); ++it)
        out.plugins.insert(it.key(), it.value().toObject().value(QLatin1String("version")).toInt());
    return out;
}

} // namespace janus
