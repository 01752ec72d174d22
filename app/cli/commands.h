#pragma once

#include "clioutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>

namespace cli {

/// What every command gets: the parsed command line (positional arguments after the command
/// name in args) and the output.
struct Context {
    QCommandLineParser& parser;
    QStringList args;
    Output& out;
    int timeoutMs = 10000;
};

int validate(Context& c);
int status(Context& c);
int rooms(Context& c);
int link(Context& c);
int orphans(Context& c);
int run(Context& c);
int probe(Context& c);
int reflect(Context& c);
int monitor(Context& c);

} // namespace cli

namespace cascade {
class MediaWatch;
}
namespace janus {
class Id;
}

namespace cli {

/// What the link's last media tap saw at a mirror's target copy (null before the first tap).
QJsonValue mediaJson(const cascade::MediaWatch* watch, const janus::Id& publisher);

} // namespace cli
