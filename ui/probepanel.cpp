#include "probepanel.h"

#include "statecolors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <cmath>

namespace ui {

namespace {

QString ms(double value) {
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString capitalized(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ProbePanel::ProbePanel(cascade::Fleet* fleet, QWidget* parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_kind(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_reflector(new QLineEdit(this))
    , m_duration(new QDoubleSpinBox(this))
    , m_rate(new QSpinBox(this))
    , m_run(new QPushButton(tr("R&un probe"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_busy(new QProgressBar(this))
    , m_verdict(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_chart(new LatencyChart(this))
    , m_pause(new QPushButton(tr("Pau&se"), this))
    , m_png(new QPushButton(tr("Export PN&G…"), this))
    , m_csv(new QPushButton(tr("E&xport CSV…"), this)) {
    setupChoosers();
    setupOutputs();
    const KindLabels labels = buildLayout();
    connectKind(labels.node, labels.arrow, labels.echo);
    connectControls();
    connect(fleet, &cascade::Fleet::nodeAdded, this, &ProbePanel::refreshNodes);
    connect(fleet, &cascade::Fleet::nodeRemoved, this, &ProbePanel::refreshNodes);
    setDefaults(profile::ProbeSettings{});
    refreshNodes();
}

void ProbePanel::explainKind() {
    if (!m_haveResult && !m_runner)
        m_verdict->setText(m_kind->currentIndex() == PathCheck
                               ? tr("A path check sends RTP to A, which forwards it to B, which "
                                    "forwards it back here: it is the way a link's media "
                                    "takes.")
                           : m_kind->currentIndex() == ReflectorCheck
                               ? tr("A reflector check sends UDP to `janus-cascade reflect` "
                                    "on the node's host: it tests a port forward before "
                                    "Janus runs.")
                               : tr("A node check sends RTP to the node's public address and "
                                    "port and counts what its remote publisher forwards "
                                    "back: it proves the NAT forwards that port."));
}

void ProbePanel::connectKind(QLabel* nodeLabel, QLabel* arrow, QLabel* echoLabel) {
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this, nodeLabel, arrow, echoLabel](int i) {
                nodeLabel->setText(i == PathCheck ? tr("No&des:") : tr("No&de:"));
                for (QWidget* w : std::initializer_list<QWidget*>{nodeLabel, m_from})
                    w->setVisible(i != ReflectorCheck);
                for (QWidget* w : std::initializer_list<QWidget*>{arrow, m_to})
                    w->setVisible(i == PathCheck);
                echoLabel->setVisible(i == ReflectorCheck);
                m_reflector->setVisible(i == ReflectorCheck);
                explainKind();
                updateControls();
            });
    arrow->hide();
    m_to->hide();
    explainKind();
}

void ProbePanel::connectControls() {
    connect(m_from, &QComboBox::currentTextChanged, this, [this](const QString& id) {
        if (!m_refreshing)
            m_wantFrom = id;
    });
    connect(m_to, &QComboBox::currentTextChanged, this, [this](const QString& id) {
        if (!m_refreshing)
            m_wantTo = id;
    });
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        m_count = std::clamp(int(std::lround(seconds * m_rate->value())), probe::Limits::minCount,
                             probe::Limits::maxCount);
        showDuration();
    });
    connect(m_rate, &QSpinBox::valueChanged, this, [this](int rate) {
        m_count = std::clamp(int(std::lround(m_duration->value() * rate)), probe::Limits::minCount,
                             probe::Limits::maxCount);
        showDuration();
    });
    connect(m_run, &QPushButton::clicked, this, &ProbePanel::runSelected);
    connect(m_cancel, &QPushButton::clicked, this, &ProbePanel::cancel);
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resu&me") : tr("Pau&se"));
        m_pause->setToolTip(paused ? tr("Show the chart live again, with what came meanwhile")
                                   : tr("Freeze the chart; the probe goes on"));
        m_chart->setPaused(paused);
        updateControls();
    });
    connect(m_png, &QPushButton::clicked, this, &ProbePanel::exportPngDialog);
    connect(m_csv, &QPushButton::clicked, this, &ProbePanel::exportCsvDialog);
}

void ProbePanel::setDefaults(const profile::ProbeSettings& settings) {
    m_base = probe::settingsFromProfile(settings);
    // The same settings again (a node edited, a link added): what the user set stays.
    if (m_haveDefaults && settings == m_profileSettings)
        return;
    m_haveDefaults = true;
    m_profileSettings = settings;
    const int count = m_base.count;
    m_rate->setValue(m_base.rate);
    m_duration->setValue(double(count) / m_base.rate);
    // Exactly the profile's count, not duration × rate rounded.
    m_count = count;
    showDuration();
}

void ProbePanel::showDuration() {
    m_duration->setToolTip(
        tr("How long the probe sends: %n packet(s) at this rate", nullptr, m_count));
    if (!m_runner && !m_haveResult)
        m_chart->setRunSeconds(double(m_count) / m_rate->value());
}

QString ProbePanel::verdict() const {
    return m_verdict->text();
}

void ProbePanel::refreshNodes() {
    // A node edit removes the node and adds it again: the user's choice comes back with it.
    m_refreshing = true;
    const QStringList ids = m_fleet->nodeIds();
    for (const auto& [box, want] : {std::pair{m_from, m_wantFrom}, std::pair{m_to, m_wantTo}}) {
        box->clear();
        for (const QString& id : ids) {
            box->addItem(id);
            const cascade::NodeSpec* spec = m_fleet->nodeSpec(id);
            if (spec && !spec->name.isEmpty() && spec->name != id)
                box->setItemData(box->count() - 1, spec->name, Qt::ToolTipRole);
        }
        const int i = box->findText(want);
        if (i >= 0)
            box->setCurrentIndex(i);
    }
    if (m_to->findText(m_wantTo) < 0 && m_to->count() > 1 &&
        m_to->currentIndex() == m_from->currentIndex())
        m_to->setCurrentIndex(m_from->currentIndex() == 0 ? 1 : 0);
    m_refreshing = false;
    if (m_wantFrom.isEmpty())
        m_wantFrom = m_from->currentText();
    if (m_wantTo.isEmpty())
        m_wantTo = m_to->currentText();
    // Later: an edit removes the node and adds it back at once; judge what it ends up as.
    QTimer::singleShot(0, this, &ProbePanel::checkStale);
    updateControls();
}

void ProbePanel::updateControls() {
    const bool running = m_runner != nullptr;
    const int kind = m_kind->currentIndex();
    const bool ready =
        kind == ReflectorCheck || (m_from->count() > 0 && (kind == NodeCheck || m_to->count() > 1));
    m_run->setEnabled(!running && ready);
    m_run->setToolTip(ready               ? tr("Start the check (Ctrl+R)")
                      : kind == PathCheck ? tr("A path check needs two nodes")
                                          : tr("Add a node first"));
    m_cancel->setEnabled(running);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_kind, m_from, m_to, m_reflector, m_duration, m_rate})
        w->setEnabled(!running);
    // Pause freezes a live chart; once paused it stays to be resumed, also after the run.
    m_pause->setEnabled(running || m_pause->isChecked());
    m_png->setEnabled(m_haveResult);
    m_csv->setEnabled(!m_chart->points().empty());
}

void ProbePanel::runSelected() {
    if (m_kind->currentIndex() == ReflectorCheck) {
        runReflector(m_reflector->text().trimmed());
        return;
    }
    QStringList nodes{m_from->currentText()};
    if (m_kind->currentIndex() == PathCheck)
        nodes << m_to->currentText();
    run(nodes);
}

probe::ProbeRunner::Settings ProbePanel::settings() const {
    probe::ProbeRunner::Settings settings = m_base;
    settings.rate = m_rate->value();
    settings.count = m_count;
    return settings;
}

bool ProbePanel::run(const QStringList& nodeIds) {
    if (m_runner)
        return false;
    // The controls show what runs, also when the run comes from elsewhere (a menu, a test).
    if (!nodeIds.isEmpty() && nodeIds.size() <= 2) {
        m_kind->setCurrentIndex(nodeIds.size() == 1 ? NodeCheck : PathCheck);
        m_from->setCurrentText(nodeIds.first());
        if (nodeIds.size() == 2)
            m_to->setCurrentText(nodeIds.last());
    }
    QString error;
    probe::ProbeRunner* runner = m_fleet->createProbe(nodeIds, settings(), &error);
    if (!runner) {
        m_verdict->setText(tr("Cannot start the probe: %1").arg(error));
        return false;
    }
    return start(runner, nodeIds);
}

bool ProbePanel::runReflector(const QString& hostPort) {
    QString host;
    int port = 0;
    if (m_runner || !probe::ProbeRunner::parseEndpoint(hostPort, &host, &port)) {
        m_verdict->setText(tr("Give the reflector as ADDR:PORT, e.g. 198.51.100.2:40000"));
        return false;
    }
    return start(new probe::ProbeRunner({probe::Hop{nullptr, tr("the reflector"), {}, host, port}},
                                        settings(), tr("reflector %1").arg(hostPort)),
                 {});
}

bool ProbePanel::start(probe::ProbeRunner* runner, const QStringList& nodeIds) {
    m_runner = runner;
    m_runner->setParent(this);
    m_haveResult = false;
    m_stale = false;
    m_cancelled = false;
    m_result = {};
    m_target = nodeIds.size() == 2   ? tr("path %1 → %2").arg(nodeIds.first(), nodeIds.last())
               : nodeIds.size() == 1 ? tr("node %1").arg(nodeIds.first())
                                     : tr("reflector %1").arg(m_reflector->text().trimmed());
    m_startedAt = QDateTime::currentDateTime();
    m_plannedSeconds = double(m_count) / m_rate->value();
    m_fingerprints.clear();
    for (const QString& id : nodeIds)
        m_fingerprints.insert(id, fingerprint(id));
    // A new run starts live, also when the last one was paused.
    m_pause->setChecked(false);
    m_chart->clear();
    m_chart->setNote({});
    m_chart->setRunSeconds(m_plannedSeconds);
    setFigures({});
    connect(m_runner, &probe::ProbeRunner::updated, this, &ProbePanel::showResult);
    connect(m_runner, &probe::ProbeRunner::progress, this,
            [this](const QString& text) { m_verdict->setText(capitalized(text)); });
    connect(m_runner, &probe::ProbeRunner::finished, this, &ProbePanel::showFinished);
    m_verdict->setPalette(palette());
    m_verdict->setText(tr("Starting the probe of %1…").arg(m_target));
    m_busy->show();
    updateControls();
    m_runner->start();
    return true;
}

void ProbePanel::showFinished(const probe::ProbeResult& r) {
    showResult(r);
    m_result = r;
    m_haveResult = true;
    QPalette p = m_verdict->palette();
    p.setColor(QPalette::WindowText, stateColor(m_cancelled ? State::Neutral
                                                : r.passed  ? State::Good
                                                            : State::Bad));
    m_verdict->setPalette(p);
    m_verdict->setText(verdictText(r));
    m_busy->hide();
    m_runner->deleteLater();
    m_runner = nullptr;
    updateControls();
    checkStale();
    Q_EMIT probeFinished(r);
}

void ProbePanel::showResult(const probe::ProbeResult& r) {
    const bool running = m_runner && m_runner->state() != probe::ProbeRunner::State::Finished;
    const int newest = r.seconds.isEmpty() ? 0 : r.seconds.last().second;
    for (const probe::SecondStats& s : r.seconds) {
        // Packets of the last two seconds may still be on their way: not lost yet.
        const bool settled = !running || s.second < newest - 1;
        m_chart->addPoint(s.second, s.rttMedianMs, s.rttP95Ms, s.jitterMs,
                          settled && s.sent > 0 ? 100.0 * s.lost / s.sent : 0.0);
    }
    setFigures(r.received > 0 ? r.countsText() + QStringLiteral(" · ") + r.rttText()
                              : r.countsText());
    m_csv->setEnabled(!m_chart->points().empty());
}

void ProbePanel::setFigures(const QString& text) {
    m_figuresText = text;
    m_figures->setToolTip(text);
    m_figures->setText(
        m_figures->fontMetrics().elidedText(text, Qt::ElideRight, m_figures->width()));
}

bool ProbePanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_figures && event->type() == QEvent::Resize)
        setFigures(m_figuresText);
    return QWidget::eventFilter(watched, event);
}

QString ProbePanel::verdictText(const probe::ProbeResult& r) const {
    if (m_cancelled)
        return r.sent == 0 ? tr("Cancelled before anything was sent")
                           : tr("Cancelled after %n packet(s): %1", nullptr, int(r.sent))
                                 .arg(r.received > 0 ? tr("%1 came back, RTT median %2 ms")
                                                           .arg(r.received)
                                                           .arg(ms(r.rttMedianMs))
                                                     : tr("none came back"));
    // "FAIL — probe failed: …" says it twice: the reason alone follows FAIL.
    QString said = r.verdict;
    const QString failed =
        QCoreApplication::translate("probe::ProbeRunner", "probe failed: %1").arg(QString());
    if (said.startsWith(failed))
        said = said.mid(failed.size());
    return (r.passed ? tr("PASS — %1") : tr("FAIL — %1")).arg(capitalized(said));
}

QString ProbePanel::fingerprint(const QString& nodeId) const {
    const cascade::NodeSpec* spec = m_fleet->nodeSpec(nodeId);
    if (!spec)
        return {};
    // Where the probe goes and through which ports; no secrets.
    return QStringList{spec->options.url.toString(), spec->bindAddress, spec->publicAddress,
                       QString::number(spec->firstPort), QString::number(spec->lastPort)}
        .join(QLatin1Char('\n'));
}

void ProbePanel::checkStale() {
    if (!m_haveResult || m_stale)
        return;
    for (auto it = m_fingerprints.cbegin(); it != m_fingerprints.cend(); ++it) {
        const QString now = fingerprint(it.key());
        if (now == it.value())
            continue;
        m_stale = true;
        const QString& why = m_staleWhy =
            now.isEmpty() ? tr("node %1 was removed after this run").arg(it.key())
                          : tr("node %1 changed after this run").arg(it.key());
        QPalette p = m_verdict->palette();
        p.setColor(QPalette::WindowText, stateColor(State::Neutral));
        m_verdict->setPalette(p);
        m_verdict->setText(tr("Stale: %1. It said: %2").arg(why, verdictText(m_result)));
        m_chart->setNote(tr("Stale: %1").arg(why));
        return;
    }
}

void ProbePanel::cancel() {
    if (!m_runner)
        return;
    m_cancelled = true;
    m_runner->cancel();
}

} // namespace ui
