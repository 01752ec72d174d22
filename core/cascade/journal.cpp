#include "journal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcJournal, "jcc.journal")

namespace cascade {

namespace {

const char* kindName(JournalEntry::Kind kind) {
    switch (kind) {
    case JournalEntry::Kind::ProbeRoom:
        return "probe_room";
    case JournalEntry::Kind::RemotePublisher:
        return "remote_publisher";
    case JournalEntry::Kind::Remotization:
        return "remotization";
    case JournalEntry::Kind::Forwarder:
        return "forwarder";
    }
    return "";
}

// Ids as text: "123", or "s:abc" for a string id. Text keeps 64-bit ids exact whatever the JSON
// reader does with big numbers.
QString idText(const janus::Id& id) {
    if (!id.isValid())
        return {};
    return id.isString() ? QStringLiteral("s:") + id.toString() : id.toString();
}

janus::Id idFromText(const QString& text) {
    if (text.startsWith(QLatin1String("s:")))
        return janus::Id(text.mid(2));
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? janus::Id(n) : janus::Id();
}

bool syncToDisk(QFile& file) {
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

QString JournalEntry::key() const {
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(QLatin1String(kindName(kind)), node, idText(room), idText(id), remoteId);
}

QString JournalEntry::describe() const {
    switch (kind) {
    case Kind::ProbeRoom:
        return QObject::tr("probe room %1 on %2").arg(room.toString(), node);
    case Kind::RemotePublisher:
        return QObject::tr("remote publisher %1 in room %2 on %3 (link %4)")
            .arg(id.toString(), room.toString(), node, link);
    case Kind::Remotization:
        return QObject::tr("remotization %1 of publisher %2 in room %3 on %4")
            .arg(remoteId, id.toString(), room.toString(), node);
    case Kind::Forwarder:
        return QObject::tr("rtp_forward of %1 to %2 in the probe endpoint room %3 on %4")
            .arg(id.toString(), remoteId, room.toString(), node);
    }
    return {};
}

QJsonObject JournalEntry::toJson() const {
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(kindName(kind))},
                  {QStringLiteral("node"), node},
                  {QStringLiteral("room"), idText(room)}};
    if (id.isValid())
        o.insert(QStringLiteral("id"), idText(id));
    if (!remoteId.isEmpty())
        o.insert(QStringLiteral("remote_id"), remoteId);
    if (!link.isEmpty())
        o.insert(QStringLiteral("link"), link);
    return o;
}

std::optional<JournalEntry> JournalEntry::fromJson(const QJsonObject& o) {
    JournalEntry e;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("probe_room"))
        e.kind = Kind::ProbeRoom;
    else if (kind == QLatin1String("remote_publisher"))
        e.kind = Kind::RemotePublisher;
    else if (kind == QLatin1String("remotization"))
        e.kind = Kind::Remotization;
    else if (kind == QLatin1String("forwarder"))
        e.kind = Kind::Forwarder;
    else
        return std::nullopt;
    e.node = o.value(QStringLiteral("node")).toString();
    e.room = idFromText(o.value(QStringLiteral("room")).toString());
    e.id = idFromText(o.value(QStringLiteral("id")).toString());
    e.remoteId = o.value(QStringLiteral("remote_id")).toString();
    e.link = o.value(QStringLiteral("link")).toString();
    if (e.node.isEmpty() || !e.room.isValid() || (e.kind != Kind::ProbeRoom && !e.id.isValid()) ||
        ((e.kind == Kind::Remotization || e.kind == Kind::Forwarder) && e.remoteId.isEmpty()))
        return std::nullopt;
    return e;
}

QString Journal::directoryFor(const QString& profilePath) {
    // AppLocalDataLocation is ".../<organisation>/<application>", and the GUI and the CLI are two
    // applications: the journal sits in the organisation's folder, so that a crash of one is
    // settled by the other (and whoever else asks, a test say, finds the same folder).
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                         QStringLiteral("/JanusCascadeConsole");
    QString name = QStringLiteral("untitled");
    if (!profilePath.isEmpty()) {
        const QFileInfo info(profilePath);
        const QString canonical =
            info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
        QString stem = info.completeBaseName();
        stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
        name = stem.left(40) + QLatin1Char('-') +
               QString::fromLatin1(
                   QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1)
                       .toHex()
                       .left(12));
    }
    return base + QStringLiteral("/journal/") + name;
}

Journal::Journal(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_dir(directory) {
    openOwnFile();
}

Journal::~Journal() {
    m_file.close();
    // Nothing left to settle: nothing to keep. Otherwise the file stays, and with its lock
    // released the next start adopts it.
    if (m_open.isEmpty())
        QFile::remove(m_file.fileName());
    if (m_lock)
        m_lock->unlock();
}

void Journal::openOwnFile() {
    m_error.clear();
    if (!QDir().mkpath(m_dir)) {
        m_error = tr("cannot create the journal folder %1").arg(m_dir);
        qCWarning(lcJournal).noquote() << m_error;
        return;
    }
    m_token = QStringLiteral("%1-%2")
                  .arg(QCoreApplication::applicationPid())
                  .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    // The lock first: a file without a held lock is an ended process's.
    m_lock =
        std::make_unique<QLockFile>(m_dir + QLatin1Char('/') + m_token + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_error = tr("cannot lock the journal in %1").arg(m_dir);
        qCWarning(lcJournal).noquote() << m_error;
        return;
    }
    m_file.setFileName(m_dir + QLatin1Char('/') + m_token + QStringLiteral(".jsonl"));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error =
            tr("cannot write the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        qCWarning(lcJournal).noquote() << m_error;
    }
}

void Journal::append(const QString& op, const JournalEntry& entry) {
    if (!m_file.isOpen())
        return;
    QJsonObject line = entry.toJson();
    line.insert(QStringLiteral("op"), op);
    line.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(bytes) != bytes.size() || !syncToDisk(m_file)) {
        m_error =
            tr("cannot write the journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        qCWarning(lcJournal).noquote() << m_error;
        Q_EMIT writeFailed(m_error);
    }
}

void Journal::created(const JournalEntry& entry) {
    m_open.insert(entry.key(), entry);
    append(QStringLiteral("create"), entry);
}

void Journal::gone(const JournalEntry& entry) {
    if (m_open.remove(entry.key()) > 0)
        append(QStringLiteral("gone"), entry);
}

QList<JournalEntry> Journal::readFile(const QString& path, int* skipped) {
    QFile file(path);
    QList<JournalEntry> open;
    int bad = 0;
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray raw = file.readLine().trimmed();
            if (raw.isEmpty())
                continue;
            const QJsonObject line = QJsonDocument::fromJson(raw).object();
            const auto entry = JournalEntry::fromJson(line);
            const QString op = line.value(QStringLiteral("op")).toString();
            if (!entry || (op != QLatin1String("create") && op != QLatin1String("gone"))) {
                ++bad;
                continue;
            }
            const QString key = entry->key();
            open.removeIf([&](const JournalEntry& e) { return e.key() == key; });
            if (op == QLatin1String("create"))
                open << *entry;
        }
    }
    if (skipped)
        *skipped = bad;
    return open;
}

QList<std::pair<QString, std::shared_ptr<QLockFile>>> Journal::endedFiles() const {
    QList<std::pair<QString, std::shared_ptr<QLockFile>>> ended;
    m_leftoversAgeMs = -1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDir dir(m_dir);
    for (const QString& name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files)) {
        const QString token = QFileInfo(name).completeBaseName();
        if (token == m_token)
            continue;
        auto lock = std::make_shared<QLockFile>(dir.filePath(token + QStringLiteral(".lock")));
        lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
        if (lock->tryLock(0)) {
            ended.append({dir.filePath(name), lock});
            const qint64 age = QFileInfo(dir.filePath(name)).lastModified().msecsTo(now);
            if (m_leftoversAgeMs < 0 || age < m_leftoversAgeMs)
                m_leftoversAgeMs = std::max<qint64>(0, age);
        }
    }
    return ended;
}

QList<JournalEntry> Journal::leftovers() const {
    QList<JournalEntry> all;
    for (const auto& [path, lock] : endedFiles())
        all << readFile(path);
    return all;
}

QList<JournalEntry> Journal::adoptLeftovers() {
    QList<JournalEntry> adopted;
    for (const auto& [path, lock] : endedFiles()) {
        int skipped = 0;
        const QList<JournalEntry> entries = readFile(path, &skipped);
        if (skipped > 0)
            qCInfo(lcJournal).noquote()
                << tr("%1: %2 unreadable line(s) skipped (a torn last line after a crash)")
                       .arg(path)
                       .arg(skipped);
        // Ours first, synced, then theirs removed: a crash in between leaves both, never none.
        for (const JournalEntry& e : entries)
            if (!m_open.contains(e.key())) {
                created(e);
                adopted << e;
            }
        if (m_file.isOpen() || entries.isEmpty())
            QFile::remove(path);
    }
    return adopted;
}

void Journal::relocate(const QString& directory) {
    if (directory == m_dir)
        return;
    const QList<JournalEntry> open = unsettled();
    const QString oldFile = m_file.fileName();
    m_file.close();
    m_open.clear();
    if (m_lock)
        m_lock->unlock();
    m_dir = directory;
    openOwnFile();
    for (const JournalEntry& e : open)
        created(e);
    if (m_file.isOpen() || open.isEmpty())
        QFile::remove(oldFile);
}

} // namespace cascade
