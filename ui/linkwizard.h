#pragma once

#include "cascade/fleet.h"
#include "cascade/roomsmodel.h"
#include "profile/profile.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ui {

/// Builds a cascade link: source node, room and publisher (or all), target node and room, and
/// shows exactly what the console will ask each server to do.
class LinkWizard : public QWizard {
    Q_OBJECT
public:
    LinkWizard(cascade::Fleet* fleet, const profile::Profile& profile, QWidget* parent = nullptr);

    profile::Link link() const;
    /// For tests and scripts: fill the form without clicking.
    void preset(const QString& id, const QString& sourceNode, const QString& sourceRoom,
                const QString& targetNode, const QString& targetRoom, bool createTargetRoom);

private:
    void buildSourcePage(const QStringList& nodes);
    void buildTargetPage(const QStringList& nodes);
    void buildSummaryPage();
    /// The source room's items follow the source node's rooms.
    void connectSourceRooms();
    QString summary() const;
    /// How the leg will run (SRTP or plain, and why), from both nodes' versions.
    QString srtpSummary(const profile::Link& link) const;
    void syncSourceRooms();

    const profile::Profile& m_profile;
    cascade::Fleet* m_fleet;
    cascade::RoomsModel m_sourceRooms;
    QLineEdit* m_id;
    QComboBox* m_sourceNode;
    QComboBox* m_sourceRoom;
    QLineEdit* m_publisher;
    QComboBox* m_targetNode;
    QLineEdit* m_targetRoom;
    QCheckBox* m_create;
    QLineEdit* m_hostOverride;
    QComboBox* m_srtp;
    QLabel* m_summary;
};

} // namespace ui
