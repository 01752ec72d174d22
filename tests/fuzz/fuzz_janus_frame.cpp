// libFuzzer target: one text frame from a Janus server, through everything that reads one —
// the connection's parsing and routing (events, timeouts, detaches, stray transactions), the
// reply of a pending request of each payload kind (errors, plugin errors, plugin data), and the
// typed readers of server info and VideoRoom answers. See docs/fuzzing.md.
#include "fuzzsupport.h"
#include "janus/connection.h"
#include "janus/redact.h"
#include "janus/serverinfo.h"
#include "janus/videoroomtypes.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace janus;

namespace {

void settle() {
    // Replies fail or finish through the event loop and delete themselves later.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

JCC_FUZZ_QT_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    {
        // Never opened: frames arrive as if from a server the connection has no session with.
        Connection::Options options;
        options.url = QUrl(QStringLiteral("ws://127.0.0.1:9"));
        options.reconnect = false;
        Connection connection(options);
        connection.receiveText(QString::fromUtf8(bytes));
        settle();
    }

    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    for (const Reply::Payload payload : {Reply::Payload::Message, Reply::Payload::PluginData,
                                         Reply::Payload::AdminPluginResponse}) {
        auto* reply =
            new Reply(QStringLiteral("add_remote_publisher"), QStringLiteral("t1"), payload, 1000);
        reply->completeWith(object);
        (void)reply->error().message();
    }
    settle();

    (void)ServerInfo::fromJson(object);
    (void)Id::fromJson(object.value(QLatin1String("id")));
    (void)redactedText(object);
    const QJsonObject pluginData = object.value(QLatin1String("plugindata"))
                                       .toObject()
                                       .value(QLatin1String("data"))
                                       .toObject();
    for (const QJsonObject& o : {object, pluginData}) {
        (void)videoroom::parseRooms(o);
        (void)videoroom::parseParticipants(o);
        (void)videoroom::parseForwarders(o);
        (void)videoroom::parseRtpForward(o);
        (void)videoroom::parseRemotePublisher(o);
        (void)videoroom::parseRemotizations(o);
        (void)videoroom::parsePublishers(o.value(QLatin1String("publishers")).toArray());
    }
    return 0;
}
