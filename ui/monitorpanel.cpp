#include "monitorpanel.h"

#include "cascade/fleet.h"
#include "historychart.h"
#include "statecolors.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QVBoxLayout>
#include <algorithm>

namespace ui {

MonitorPanel::MonitorPanel(cascade::Fleet* fleet, QWidget* parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_monitor(fleet)
    , m_action(new QAction(tr("&Monitor continuously"), this))
    , m_toggle(new QCheckBox(tr("Monitor continuously"), this))
    , m_status(new QLabel)
    , m_storeProblem(new QLabel(this))
    , m_alertsLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("monitorPanel"));
    m_action->setObjectName(QStringLiteral("monitorAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_toggle->setObjectName(QStringLiteral("monitorToggle"));
    m_toggle->setToolTip(tr("Probe every node and every enabled link's path each probe interval "
                            "of the profile, and keep the results in the history (Ctrl+M)"));
    m_status->setObjectName(QStringLiteral("monitorStatus"));
    if (!m_store.open()) {
        const QString text =
            tr("No history: %1 (%2). Monitoring still runs; its results are not kept.")
                .arg(m_store.error().message, QDir::toNativeSeparators(m_store.path()));
        m_storeProblem->setText(text);
        fleet->log()->error(tr("history"), text);
    }
    m_storeProblem->setObjectName(QStringLiteral("historyProblem"));
    m_storeProblem->setWordWrap(true);
    m_storeProblem->setVisible(!m_store.isOpen());
    m_monitor.setStore(&m_store);
    m_chart = new HistoryChart(&m_store, {}, this);
    m_chart->setVisible(m_store.isOpen());
    // The last hour (raw rows): a round shows as soon as it is recorded, not once its minute
    // is aggregated.
    if (auto* hour = m_chart->findChild<QAbstractButton*>(
            QStringLiteral("span%1").arg(int(HistoryChart::Span::Hour))))
        hour->click();
    updateSeries();

    m_alertsLabel->setObjectName(QStringLiteral("alerts"));
    m_alertsLabel->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_toggle);
    top->addWidget(m_alertsLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_storeProblem);
    layout->addWidget(m_chart, 1);

    connectSignals();
    updateAlerts();
}

void MonitorPanel::connectSignals() {
    connect(m_action, &QAction::toggled, this, &MonitorPanel::setMonitoring);
    connect(m_toggle, &QCheckBox::toggled, m_action, &QAction::setChecked);
    connect(&m_store, &history::HistoryStore::roundRecorded, this, [this] {
        updateSeries();
        m_chart->reload();
    });
    connect(&m_monitor, &cascade::Monitor::roundStarted, this, &MonitorPanel::updateStatus);
    connect(&m_monitor, &cascade::Monitor::roundFinished, this, &MonitorPanel::updateStatus);
    connect(&m_monitor, &cascade::Monitor::stopped, this, &MonitorPanel::stopped);
    connect(&m_tick, &QTimer::timeout, this, &MonitorPanel::updateStatus);
    m_tick.setInterval(1000);
    connect(&m_monitor, &cascade::Monitor::checkFinished, this,
            [this](const probe::ProbeResult& result) {
                m_alerts.observeProbe(result.target, result, QDateTime::currentDateTimeUtc());
            });
    connect(&m_monitor, &cascade::Monitor::roundFinished, this, &MonitorPanel::observeFleet);
    connect(&m_alerts, &cascade::AlertEngine::raised, this, &MonitorPanel::alertRaised);
    connect(&m_alerts, &cascade::AlertEngine::cleared, this, &MonitorPanel::alertCleared);
}

void MonitorPanel::observeFleet() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString& id : m_fleet->nodeIds())
        m_alerts.observeNode(id, m_fleet->node(id)->isReady(), now);
    for (const QString& id : m_fleet->linkIds())
        if (const cascade::LinkController* link = m_fleet->link(id); link->isRunning())
            m_alerts.observeLinkState(id, link->state(), now);
}

void MonitorPanel::alertRaised(const cascade::Alert& alert) {
    m_fleet->log()->warning(alert.target, tr("alert: %1").arg(alert.text));
    // A desktop notification where the desktop has a tray (none offscreen or on bare X).
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("Janus Cascade Console"), alert.text, QSystemTrayIcon::Warning);
    }
    updateAlerts();
}

void MonitorPanel::alertCleared(const cascade::Alert& alert) {
    m_fleet->log()->info(alert.target, tr("recovered: %1").arg(alert.text));
    updateAlerts();
}

void MonitorPanel::updateAlerts() {
    QStringList texts;
    for (const cascade::Alert& a : m_alerts.active())
        texts << a.text;
    m_alertsLabel->setText(texts.isEmpty()
                               ? tr("Alerts: none")
                               : tr("Alerts: %1").arg(texts.join(QStringLiteral("; "))));
    m_alertsLabel->setStyleSheet(
        texts.isEmpty()
            ? QString()
            : QStringLiteral("color: %1; font-weight: bold").arg(stateColor(State::Bad).name()));
}

void MonitorPanel::setProfile(const profile::Profile& profile) {
    m_monitor.setTargets(cascade::Monitor::targetsOf(profile));
    m_monitor.setSettings(cascade::Monitor::settingsFor(profile.probe));
    m_monitor.setIntervalMs(profile.probe.intervalSeconds * 1000);
    m_alerts.setProfile(profile);
}

void MonitorPanel::setMonitoring(bool on) {
    m_toggle->setChecked(on);
    if (on == m_monitor.isRunning())
        return;
    if (on) {
        m_fleet->log()->info(tr("monitor"), tr("monitoring every node and link every %n s", "",
                                               m_monitor.intervalMs() / 1000));
        m_monitor.start();
        m_tick.start();
    } else {
        m_monitor.stop();
        m_tick.stop();
        m_fleet->log()->info(tr("monitor"), tr("monitoring stopped"));
    }
    updateStatus();
}

void MonitorPanel::updateStatus() {
    if (!m_monitor.isRunning()) {
        m_status->clear();
        return;
    }
    const qint64 next = m_monitor.msToNextRound();
    m_status->setText(
        next < 0 ? tr("monitoring: round %1 running").arg(m_monitor.round())
                 : tr("monitoring: round %1, next in %2 s")
                       .arg(m_monitor.round())
                       .arg(std::min<qint64>((next + 999) / 1000, m_monitor.intervalMs() / 1000)));
}

void MonitorPanel::updateSeries() {
    if (!m_store.isOpen())
        return;
    const QStringList series = m_store.seriesList();
    if (series == m_chart->series())
        return;
    QHash<QString, QString> labels;
    for (const QString& s : series) {
        if (s.startsWith(QLatin1String("node:")))
            labels.insert(s, tr("node %1").arg(s.mid(5)));
        else if (s.startsWith(QLatin1String("path:")))
            labels.insert(s, s.mid(5).replace(QLatin1Char('>'), QStringLiteral(" → ")));
    }
    m_chart->setSeriesLabels(labels);
    m_chart->setSeries(series);
}

} // namespace ui
