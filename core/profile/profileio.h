#pragma once

#include "profile.h"

#include <QStringList>

namespace profile {

/// A profile read from JSON, or every problem found, each naming its JSON path.
struct LoadResult {
    std::optional<Profile> profile;
    QStringList errors; ///< "nodes[2].public_address: '300.1.2.3' is not an IP address"
    bool ok() const { return profile.has_value(); }
};

/// Reads, validates and writes cascade profiles (versioned JSON, snake_case keys).
namespace io {

LoadResult fromJson(const QByteArray& json);
/// Reads a file; the file is never modified, whatever it holds.
LoadResult load(const QString& path);
QByteArray toJson(const Profile& profile);
/// Atomic: the old file stays intact unless the new one was written completely.
bool save(const QString& path, const Profile& profile, QString* error = nullptr);
/// The problems of an in-memory profile (the same checks as loading).
QStringList validate(const Profile& profile);

} // namespace io
} // namespace profile
