// validate, status, rooms: read-only commands over a profile.
#include "commands.h"
#include "healthreport.h"
#include "janus/videoroomtypes.h"
#include "profile/profileio.h"
#include "profilesession.h"
#include "wait.h"

#include <QJsonArray>

namespace cli {

namespace {

bool needArgs(Context& c, int n, const QString& usage, int* code) {
    if (c.args.size() >= n)
        return true;
    *code = c.out.fail(Usage, QStringLiteral("usage"),
                       QCoreApplication::translate("cli", "usage: janus-cascade %1").arg(usage));
    return false;
}

QJsonObject nodeJson(const profile::Node& node, const cascade::NodeClient* client) {
    QJsonObject o{{QStringLiteral("id"), node.id},
                  {QStringLiteral("name"), node.name},
                  {QStringLiteral("api_url"), node.apiUrl.toString()},
                  {QStringLiteral("bind_address"), node.bindAddress},
                  {QStringLiteral("public_address"), node.publicAddress},
                  {QStringLiteral("ready"), client && client->isReady()},
                  {QStringLiteral("state"), client ? client->statusText() : QString()}};
    if (client && client->isReady()) {
        const janus::ServerInfo& info = client->connection()->serverInfo();
        o.insert(QStringLiteral("version"), info.versionString);
        o.insert(QStringLiteral("local_ip"), info.localIp);
        o.insert(QStringLiteral("public_ips"), QJsonArray::fromStringList(info.publicIps));
    }
    if (client)
        o.insert(QStringLiteral("health"), client->health()->health().toJson());
    return o;
}

void printNode(Context& c, const profile::Node& node, const cascade::NodeClient* client) {
    c.out.line(QCoreApplication::translate("cli", "node %1  %2")
                   .arg(node.id, -10)
                   .arg(client ? client->statusText() : QString()));
    c.out.line(QCoreApplication::translate("cli", "     bind %1, public %2, ports %3")
                   .arg(node.bindAddress.isEmpty()
                            ? QCoreApplication::translate("cli", "(all interfaces)")
                            : node.bindAddress,
                        node.publicAddress.isEmpty() ? QCoreApplication::translate("cli", "(none)")
                                                     : node.publicAddress,
                        node.forwardedPorts ? QStringLiteral("%1-%2")
                                                  .arg(node.forwardedPorts->first)
                                                  .arg(node.forwardedPorts->last)
                                            : QCoreApplication::translate("cli", "(any)")));
    if (client && client->isReady()) {
        const janus::ServerInfo& info = client->connection()->serverInfo();
        c.out.line(
            QCoreApplication::translate("cli", "     Janus says: local-ip %1%2")
                .arg(info.localIp, info.publicIps.isEmpty()
                                       ? QString()
                                       : QCoreApplication::translate("cli", ", public-ips %1")
                                             .arg(info.publicIps.join(QStringLiteral(", ")))));
    }
    if (client)
        printHealth(c, *client);
}

} // namespace

int validate(Context& c) {
    int code = Ok;
    if (!needArgs(c, 1, QStringLiteral("validate PROFILE"), &code))
        return code;
    const profile::LoadResult result = profile::io::load(c.args[0]);
    if (!result.ok()) {
        for (const QString& e : result.errors)
            c.out.line(QStringLiteral("%1: %2").arg(c.args[0], e));
        return c.out.fail(
            InvalidProfile, QStringLiteral("invalid_profile"),
            QCoreApplication::translate("cli", "%1 is not a valid profile").arg(c.args[0]),
            result.errors.join(QLatin1Char('\n')));
    }
    c.out.line(QCoreApplication::translate("cli", "%1: valid (%2 nodes, %3 links)")
                   .arg(c.args[0])
                   .arg(result.profile->nodes.size())
                   .arg(result.profile->links.size()));
    c.out.object({{QStringLiteral("nodes"), int(result.profile->nodes.size())},
                  {QStringLiteral("links"), int(result.profile->links.size())}});
    return Ok;
}

int status(Context& c) {
    int code = Ok;
    if (!needArgs(c, 1, QStringLiteral("status PROFILE"), &code))
        return code;
    ProfileSession session(c.out);
    if (!session.load(c.args[0]))
        return c.out.fail(InvalidProfile, session.loadFailure());
    const QStringList down = session.connect({}, c.timeoutMs);
    awaitHealth(session, c.timeoutMs);
    QJsonArray nodes;
    for (const profile::Node& node : session.profile().nodes) {
        const cascade::NodeClient* client = session.fleet().node(node.id);
        nodes.append(nodeJson(node, client));
        printNode(c, node, client);
    }
    QJsonArray links;
    for (const profile::Link& link : session.profile().links) {
        c.out.line(
            QCoreApplication::translate("cli", "link %1  %2/%3 -> %4/%5%6")
                .arg(link.id, link.sourceNode, link.sourceRoom.toString(), link.targetNode,
                     link.targetRoom.toString(),
                     link.enabled ? QString() : QCoreApplication::translate("cli", " (disabled)")));
        links.append(QJsonObject{
            {QStringLiteral("id"), link.id},
            {QStringLiteral("source"),
             QStringLiteral("%1/%2").arg(link.sourceNode, link.sourceRoom.toString())},
            {QStringLiteral("target"),
             QStringLiteral("%1/%2").arg(link.targetNode, link.targetRoom.toString())},
            {QStringLiteral("enabled"), link.enabled},
            {QStringLiteral("source_media"), readSourceMedia(c, session, link, c.timeoutMs)}});
    }
    if (!down.isEmpty())
        return c.out.fail(Unreachable, session.unreachable(down, QStringLiteral("status")));
    c.out.object({{QStringLiteral("nodes"), nodes}, {QStringLiteral("links"), links}});
    return Ok;
}

int rooms(Context& c) {
    int code = Ok;
    if (!needArgs(c, 2, QStringLiteral("rooms PROFILE NODE"), &code))
        return code;
    ProfileSession session(c.out);
    if (!session.load(c.args[0]))
        return c.out.fail(InvalidProfile, session.loadFailure());
    const QString nodeId = c.args[1];
    if (!session.profile().node(nodeId))
        return c.out.fail(
            Usage, QStringLiteral("no_such_node"),
            QCoreApplication::translate("cli", "no node '%1' in %2").arg(nodeId, c.args[0]));
    if (!session.connect({nodeId}, c.timeoutMs).isEmpty())
        return c.out.fail(Unreachable, session.unreachable({nodeId}, QStringLiteral("rooms")));
    std::optional<janus::Result<QList<janus::videoroom::Room>>> listed;
    janus::VideoRoom* videoroom = session.fleet().node(nodeId)->videoroom();
    Wait wait([&] { return listed.has_value(); });
    videoroom->list().then(videoroom, [&](const auto& rooms) {
        listed = rooms;
        wait.check();
    });
    if (!wait.run(c.timeoutMs + 1000))
        return c.out.fail(
            Failed,
            Failure{QStringLiteral("timeout"),
                    QCoreApplication::translate("cli", "no answer from %1").arg(nodeId),
                    QCoreApplication::translate("cli", "the node is overloaded or dropped the "
                                                       "request; try a longer --timeout")});
    if (!*listed)
        return c.out.fail(
            Failed, Failure::from(listed->error(),
                                  QCoreApplication::translate("cli", "rooms of %1").arg(nodeId)));
    QJsonArray out;
    for (const janus::videoroom::Room& room : **listed) {
        c.out.line(QCoreApplication::translate("cli", "%1  %2 participant(s)  %3%4")
                       .arg(room.id.toString(), -12)
                       .arg(room.participants, 3)
                       .arg(room.description,
                            room.isPrivate ? QCoreApplication::translate("cli", "  (private)")
                                           : QString()));
        out.append(room.raw);
    }
    c.out.object({{QStringLiteral("node"), nodeId}, {QStringLiteral("rooms"), out}});
    return Ok;
}

} // namespace cli
