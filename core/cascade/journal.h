#pragma once

#include "janus/id.h"

#include <QFile>
#include <QJsonObject>
#include <QLockFile>
#include <QObject>
#include <memory>
#include <optional>

namespace cascade {

/// One thing the console creates on a server, as the journal records it. No secret is ever
/// part of an entry.
struct JournalEntry {
    enum class Kind { ProbeRoom, RemotePublisher, Remotization, Forwarder };
    Kind kind = Kind::ProbeRoom;
    QString node;
    janus::Id room;
    janus::Id id;     ///< the remote publisher, or the publisher of a remotization
    QString remoteId; ///< remotizations: the remote_id; forwarders: their target "host:port"
    QString link;     ///< the link that made it; empty for probe rooms

    /// Identity of the object on its server: two entries with the same key are one object.
    QString key() const;
    QString describe() const;
    QJsonObject toJson() const;
    static std::optional<JournalEntry> fromJson(const QJsonObject& object);
};

/// The crash journal of one profile: before the console creates something on a server it
/// appends the intent, and when the thing is gone it appends that too. Each process writes a
/// file of its own (flushed and synced at every append), next to a QLockFile it holds while it
/// runs; a file whose lock is free belongs to a process that ended (crashed, killed, or left
/// something it could not remove), and adoptLeftovers() takes its unsettled entries over. A
/// torn last line, from a crash in the middle of an append, is skipped.
class Journal : public QObject {
    Q_OBJECT
public:
    /// The journal folder of the profile at profilePath (empty: an unsaved profile), under the
    /// data folder the GUI and the CLI share (the organisation folder of AppLocalDataLocation):
    /// "<GenericDataLocation>/JanusCascadeConsole/journal/<file name>-<hash of the path>".
    static QString directoryFor(const QString& profilePath);

    explicit Journal(const QString& directory, QObject* parent = nullptr);
    ~Journal() override;

    /// False when the folder or the file cannot be written (see error()): then nothing is
    /// recorded, and a crash leaves only what the marker scan can find.
    bool isWritable() const { return m_file.isOpen(); }
    QString error() const { return m_error; }
    QString directory() const { return m_dir; }

    /// About to create: recorded before the request is sent.
    void created(const JournalEntry& entry);
    /// Gone (removed, or the server says it does not exist).
    void gone(const JournalEntry& entry);
    /// What this process recorded as created and not gone.
    QList<JournalEntry> unsettled() const { return m_open.values(); }

    /// The unsettled entries of processes that ended, read without taking them over.
    QList<JournalEntry> leftovers() const;
    /// Takes the leftovers over: they become this process's unsettled entries (written to its
    /// own file first) and the ended processes' files are removed. Returns them.
    QList<JournalEntry> adoptLeftovers();
    /// How long ago the youngest file that leftovers() or adoptLeftovers() read was written, in
    /// ms (-1: none). A request of a process killed a moment ago may still be on its way to
    /// the server: what it creates can appear after a check says it is not there.
    qint64 leftoversAgeMs() const { return m_leftoversAgeMs; }
    /// Moves this process's journal to another profile's folder (the profile was saved under a
    /// new name); its unsettled entries go with it.
    void relocate(const QString& directory);

    /// Entries of a journal file: creations not followed by their removal. Lines that do not
    /// parse (a torn last line) are counted in *skipped.
    static QList<JournalEntry> readFile(const QString& path, int* skipped = nullptr);

Q_SIGNALS:
    /// A journal line could not be written: the journal no longer protects against a crash.
    void writeFailed(const QString& error);

private:
    void openOwnFile();
    void append(const QString& op, const JournalEntry& entry);
    /// Journal files in the folder whose owner has ended, each with its lock taken; notes
    /// leftoversAgeMs().
    QList<std::pair<QString, std::shared_ptr<QLockFile>>> endedFiles() const;

    QString m_dir;
    QString m_token;
    std::unique_ptr<QLockFile> m_lock;
    QFile m_file;
    QString m_error;
    QHash<QString, JournalEntry> m_open;
    mutable qint64 m_leftoversAgeMs = -1;
};

} // namespace cascade
