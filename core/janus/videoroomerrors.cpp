#include "videoroomerrors.h"

#include <QCoreApplication>

namespace janus::videoroom {

namespace {

struct Entry {
    int code;
    const char* explanation;
};

// The codes janus_videoroom.c defines (identical in 1.1.2 and 1.4.1), as an administrator
// meets them. 499 is explained from its text below.
constexpr Entry kTable[] = {
    {421, QT_TRANSLATE_NOOP("VideoRoomError", "the request had no body")},
    {422, QT_TRANSLATE_NOOP("VideoRoomError", "the request is not valid JSON")},
    {423, QT_TRANSLATE_NOOP("VideoRoomError",
                            "this server's VideoRoom does not know the request; it may be older "
                            "than the request needs (remote publishers need Janus 1.1)")},
    {424, QT_TRANSLATE_NOOP("VideoRoomError", "the handle must join a room first")},
    {425, QT_TRANSLATE_NOOP("VideoRoomError", "the handle has already joined a room")},
    {426, QT_TRANSLATE_NOOP("VideoRoomError", "no such room on this node")},
    {427, QT_TRANSLATE_NOOP("VideoRoomError", "a room with this id already exists")},
    {428, QT_TRANSLATE_NOOP("VideoRoomError", "no such publisher in this room")},
    {429, QT_TRANSLATE_NOOP("VideoRoomError", "the request misses a mandatory field")},
    {430, QT_TRANSLATE_NOOP("VideoRoomError",
                            "a field has a value this server's VideoRoom refuses (its type or "
                            "range differs between Janus versions)")},
    {431, QT_TRANSLATE_NOOP("VideoRoomError", "the SDP type is not valid here")},
    {432, QT_TRANSLATE_NOOP("VideoRoomError",
                            "the room has as many publishers as it allows; raise its publisher "
                            "limit or free a slot")},
    {433, QT_TRANSLATE_NOOP("VideoRoomError",
                            "unauthorized: the room secret (or the admin key) is wrong or "
                            "missing")},
    {434, QT_TRANSLATE_NOOP("VideoRoomError", "already published")},
    {435, QT_TRANSLATE_NOOP("VideoRoomError", "not published")},
    {436, QT_TRANSLATE_NOOP("VideoRoomError", "the publisher id is already in use in this room")},
    {437, QT_TRANSLATE_NOOP("VideoRoomError", "the SDP is not valid")},
};

QString tr(const char* text) {
    return QCoreApplication::translate("VideoRoomError", text);
}

QString explain499(const Error& error) {
    if (isPortBusy(error))
        return tr(QT_TRANSLATE_NOOP(
            "VideoRoomError",
            "the UDP port is already in use on this server (another remote publisher or program "
            "holds it); pick another port of the node's forwarded range"));
    if (isBindAddressNotLocal(error))
        return tr(QT_TRANSLATE_NOOP(
            "VideoRoomError",
            "the bind address (iface) is not an address of this server. Behind NAT the public "
            "address is not bound locally: set the node's bind address to its private address or "
            "leave it empty, and put the NAT's address as its public address"));
    return {};
}

} // namespace

// 499 is the plugin's catch-all: only Janus's own words tell its cases apart, and they are
// read here and nowhere else.
bool isPortBusy(const Error& error) {
    return error.kind == Error::Kind::Plugin && error.code == 499 &&
           error.serverText.contains(QLatin1String("Could not open UDP socket"),
                                     Qt::CaseInsensitive);
}

bool isBindAddressNotLocal(const Error& error) {
    return error.kind == Error::Kind::Plugin && error.code == 499 &&
           error.serverText.contains(QLatin1String("network interface"), Qt::CaseInsensitive);
}

void explain(Error& error) {
    if (error.kind != Error::Kind::Plugin)
        return;
    if (error.code == 499) {
        error.explanation = explain499(error);
        return;
    }
    for (const Entry& e : kTable)
        if (e.code == error.code)
            error.explanation = tr(e.explanation);
}

Error error(int code, const QString& text, const QString& request) {
    Error e = Error::fromPlugin(code, text, request);
    explain(e);
    return e;
}

} // namespace janus::videoroom
