#pragma once

#include "journal.h"

namespace cascade {

/// Something this product created on a server that no current link or probe owns.
struct Orphan {
    enum class Kind { RemotePublisher, Remotization, ProbeRoom, Forwarder };
    /// How it was found: the crash journal, a link whose two halves do not match, or the
    /// marker on an object of a link the profile does not have.
    enum class Found { Journal, IncompleteLink, Marker };
    Kind kind;
    Found found;
    QString node;
    janus::Id room;
    janus::Id id;      ///< remote publisher id, or the publisher of a remotization
    QString remoteId;  ///< remotizations only
    QString link;      ///< the link named by the marker or the journal, if any
    qint64 stream = 0; ///< forwarders only (id: their publisher)
    QString describe() const;
    /// "journal", "incomplete_link", "marker": the JSON name of found.
    static QString foundName(Found found);
    JournalEntry entry() const;
    /// The orphan a journal entry describes (the reverse of entry()).
    static Orphan fromEntry(const JournalEntry& entry, Found found);
};

} // namespace cascade
