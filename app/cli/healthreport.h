#pragma once

#include "commands.h"
#include "profilesession.h"

#include <QJsonArray>
#include <QJsonObject>

namespace probe {
class PrometheusWriter;
}

namespace cli {

/// Waits until every node with an Admin API has read a health round (or failed, or timeoutMs
/// passed); a node without one says so at once.
void awaitHealth(ProfileSession& session, int timeoutMs);
/// The health lines of a node for the human output (indented under its "node" line).
void printHealth(Context& c, const cascade::NodeClient& node);
/// The source-side media of what a link mirrors, read over its source node's Admin API: the
/// link's running mirrors, or when none runs, the WebRTC publishers of its source room (the
/// link's publisher only, when it names one): [the stats, or {publisher, error}]. Prints a line
/// per publisher; nothing without an Admin API on the source node.
QJsonArray readSourceMedia(Context& c, ProfileSession& session, const profile::Link& link,
                           int timeoutMs);
/// Node health gauges of every node with an Admin API, and the source media counters
/// (link id → readSourceMedia()).
void writeHealthMetrics(ProfileSession& session, const QJsonObject& sourceMedia,
                        probe::PrometheusWriter& metrics);

} // namespace cli
