// Fleet: each link's MediaWatch (target-side media taps), its event-log lines and journal.
#include "fleet.h"

namespace cascade {

void Fleet::setMediaSettings(const MediaWatch::Settings& settings) {
    m_mediaSettings = settings;
    for (MediaWatch* watch : std::as_const(m_watches))
        watch->setSettings(settings);
}

void Fleet::watchMedia(LinkController* link) {
    const LinkPlan& plan = link->plan();
    NodeClient* target = node(plan.targetNode);
    const NodeSpec* spec = nodeSpec(plan.targetNode);
    // Owned by the link: it goes when the link goes, and never outlives what it taps.
    auto* watch =
        new MediaWatch(link, target->videoroom(), spec ? spec->options.url.host() : QString(),
                       m_mediaSettings, link);
    const QString id = plan.id;
    m_watches.insert(id, watch);
    connect(watch, &QObject::destroyed, this, [this, id, watch] {
        if (m_watches.value(id) == watch)
            m_watches.remove(id);
    });
    connect(watch, &MediaWatch::mediaChanged, this, [this, id] { Q_EMIT linkMediaChanged(id); });
    connect(watch, &MediaWatch::mediaLost, this, [this, id](const QString& reason) {
        m_log->warning(id, tr("up — no media: %1").arg(reason));
    });
    connect(watch, &MediaWatch::mediaBack, this,
            [this, id](const QString& text) { m_log->info(id, text); });
    connect(watch, &MediaWatch::tapFailed, this,
            [this, id](const QString& text) { m_log->warning(id, text); });
    using Kind = JournalEntry::Kind;
    connect(watch, &MediaWatch::forwarderCreating, this,
            [this, id](const QString& node, const janus::Id& room, const janus::Id& copy,
                       const QString& target) {
                if (m_journal)
                    m_journal->created({Kind::Forwarder, node, room, copy, target, id});
            });
    connect(watch, &MediaWatch::forwarderGone, this,
            [this, id](const QString& node, const janus::Id& room, const janus::Id& copy,
                       const QString& target) {
                if (m_journal)
                    m_journal->gone({Kind::Forwarder, node, room, copy, target, id});
            });
}

} // namespace cascade
