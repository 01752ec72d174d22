#pragma once

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace janus {

/// What a server says about itself in reply to "info".
struct ServerInfo {
    QString name;          ///< "server-name" (server_name in janus.jcfg)
    QString versionString; ///< "1.1.2"
    int version = 0;       ///< 1102
    int sessionTimeoutSeconds = 60;
    QString localIp;            ///< "local-ip": the address Janus uses for media
    QStringList publicIps;      ///< "public-ip" / "public-ips" (nat_1_1_mapping)
    QMap<QString, int> plugins; ///< package name → plugin version number
    QJsonObject raw;

    static ServerInfo fromJson(const QJsonObject& info);
    bool hasPlugin(const QString& package) const { return plugins.contains(package); }
};

} // namespace janus
