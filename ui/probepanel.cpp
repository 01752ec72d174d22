#include "probepanel.h"

#include "statecolors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace ui {

namespace {

enum Kind { NodeCheck, PathCheck, ReflectorCheck };

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
    // Mnemonics stay clear of the menus' and tabs' (File, Link, Node, Probe, View, Rooms,
    // Links, Topology).
    m_kind->setObjectName(QStringLiteral("probeKind"));
    m_kind->addItem(tr("Node check"));
    m_kind->setItemData(NodeCheck,
                        tr("console → node → console: proves the NAT forwards the node's port"),
                        Qt::ToolTipRole);
    m_kind->addItem(tr("Path check A → B"));
    m_kind->setItemData(PathCheck, tr("console → A → B → console: the way a link's media takes"),
                        Qt::ToolTipRole);
    m_kind->addItem(tr("Reflector check"));
    m_kind->setItemData(ReflectorCheck,
                        tr("console → UDP echo → console: a port forward, before Janus runs"),
                        Qt::ToolTipRole);
    m_kind->setToolTip(tr("What to check: one node, the path between two nodes, or a UDP echo"));
    // Room for a node id of six characters, whatever the ids are now (the popup shows longer
    // ones whole): the line neither jumps nor grows past the screen.
    for (QComboBox* box : {m_from, m_to}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    m_from->setObjectName(QStringLiteral("probeFrom"));
    m_to->setObjectName(QStringLiteral("probeTo"));
    m_from->setToolTip(tr("The node probed (A of a path check)"));
    m_to->setToolTip(tr("B of a path check: where A forwards the probe's packets"));
    m_reflector->setObjectName(QStringLiteral("probeReflector"));
    m_reflector->setPlaceholderText(tr("ADDR:PORT of janus-cascade reflect"));
    m_reflector->setToolTip(tr(
        "Test a port forward before Janus runs: start `janus-cascade reflect --bind 0.0.0.0:PORT` "
        "on the node's host and probe its public address and port here"));
    m_reflector->hide();
    m_duration->setObjectName(QStringLiteral("probeDuration"));
    m_duration->setDecimals(1);
    m_duration->setRange(0.1, 3600);
    m_duration->setSuffix(tr(" s"));
    m_duration->setToolTip(tr("How long the probe sends (packets = duration × rate)"));
    m_rate->setObjectName(QStringLiteral("probeRate"));
    m_rate->setRange(probe::Limits::minRate, probe::Limits::maxRate);
    m_rate->setSuffix(tr(" /s"));
    m_rate->setToolTip(tr("Probe packets sent per second"));
    m_run->setToolTip(tr("Start the check (Ctrl+R)"));
    m_cancel->setToolTip(tr("Stop sending and remove the probe's rooms from the servers"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(m_run->sizeHint().height() / 2);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setObjectName(QStringLiteral("figures"));
    // One line, elided to the width it gets (the whole text in its tooltip): it must neither
    // widen the window past the screen nor take the chart's height.
    m_figures->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_figures->installEventFilter(this);
    m_pause->setObjectName(QStringLiteral("probePause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the chart; the probe goes on"));
    m_png->setObjectName(QStringLiteral("probeExportPng"));
    m_png->setToolTip(tr("Save the chart with its title, what was probed, when, and the verdict"));
    m_csv->setObjectName(QStringLiteral("probeExportCsv"));
    m_csv->setToolTip(tr("Save the per-second figures as CSV"));

    auto* kindLabel = new QLabel(tr("T&ype:"), this);
    kindLabel->setBuddy(m_kind);
    auto* nodeLabel = new QLabel(tr("No&de:"), this);
    nodeLabel->setBuddy(m_from);
    auto* arrow = new QLabel(QStringLiteral("→"), this);
    auto* echoLabel = new QLabel(tr("Ec&ho:"), this);
    echoLabel->setBuddy(m_reflector);
    echoLabel->hide();
    auto* durationLabel = new QLabel(tr("Durat&ion:"), this);
    durationLabel->setBuddy(m_duration);
    // No mnemonic of its own (Tab from the duration reaches it): A and E are the nodes' buttons'.
    auto* rateLabel = new QLabel(tr("Rate:"), this);
    rateLabel->setBuddy(m_rate);

    // Every setting on one line, so that the chart keeps the height.
    auto* controls = new QHBoxLayout;
    controls->addWidget(kindLabel);
    controls->addWidget(m_kind);
    controls->addSpacing(6);
    controls->addWidget(nodeLabel);
    controls->addWidget(m_from);
    controls->addWidget(arrow);
    controls->addWidget(m_to);
    controls->addWidget(echoLabel);
    controls->addWidget(m_reflector, 1);
    controls->addSpacing(6);
    controls->addWidget(durationLabel);
    controls->addWidget(m_duration);
    controls->addWidget(rateLabel);
    controls->addWidget(m_rate);
    controls->addSpacing(6);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    controls->addWidget(m_busy);
    controls->addStretch();

    auto* chartButtons = new QHBoxLayout;
    chartButtons->addWidget(m_figures, 1);
    chartButtons->addWidget(m_pause);
    chartButtons->addWidget(m_png);
    chartButtons->addWidget(m_csv);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(controls);
    layout->addWidget(m_verdict);
    layout->addWidget(m_chart, 1);
    layout->addLayout(chartButtons);

    const auto explain = [this] {
        if (!m_haveResult && !m_runner)
            m_verdict->setText(
                m_kind->currentIndex() == PathCheck
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
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this, nodeLabel, arrow, echoLabel, explain](int i) {
                nodeLabel->setText(i == PathCheck ? tr("No&des:") : tr("No&de:"));
                for (QWidget* w : std::initializer_list<QWidget*>{nodeLabel, m_from})
                    w->setVisible(i != ReflectorCheck);
                for (QWidget* w : std::initializer_list<QWidget*>{arrow, m_to})
                    w->setVisible(i == PathCheck);
                echoLabel->setVisible(i == ReflectorCheck);
                m_reflector->setVisible(i == ReflectorCheck);
                explain();
                updateControls();
            });
    arrow->hide();
    m_to->hide();
    explain();
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
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner) {
            m_cancelled = true;
            m_runner->cancel();
        }
    });
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resu&me") : tr("Pau&se"));
        m_pause->setToolTip(paused ? tr("Show the chart live again, with what came meanwhile")
                                   : tr("Freeze the chart; the probe goes on"));
        m_chart->setPaused(paused);
        updateControls();
    });
    connect(m_png, &QPushButton::clicked, this, [this] {
        const QString stamp =
            (m_startedAt.isValid() ? m_startedAt.toLocalTime() : QDateTime::currentDateTime())
                .toString(QStringLiteral("yyyyMMdd-HHmmss"));
        auto* dialog =
            new QFileDialog(this, tr("Export chart as PNG"),
                            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                            tr("PNG images (*.png)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("png"));
        dialog->selectFile(QStringLiteral("probe-%1.png").arg(stamp));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            if (!exportPng(path))
                QMessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(path));
        });
        dialog->open();
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        auto* dialog =
            new QFileDialog(this, tr("Export data as CSV"),
                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                            tr("CSV files (*.csv)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(QStringLiteral("latency.csv"));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            QString error;
            if (!m_chart->exportCsv(path, &error))
                QMessageBox::warning(this, tr("Export data"),
                                     tr("Could not write %1: %2").arg(path, error));
        });
        dialog->open();
    });
    connect(fleet, &cascade::Fleet::nodeAdded, this, &ProbePanel::refreshNodes);
    connect(fleet, &cascade::Fleet::nodeRemoved, this, &ProbePanel::refreshNodes);
    setDefaults(profile::ProbeSettings{});
    refreshNodes();
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

QStringList ProbePanel::exportHeader() const {
    if (!m_haveResult)
        return {};
    const probe::ProbeResult& r = m_result;
    QStringList lines;
    lines << tr("Janus Cascade Console — latency probe, %1").arg(m_target);
    lines << tr("Run at %1 · %2 s at %3 packets/s")
                 .arg(QLocale().toString(m_startedAt, QStringLiteral("yyyy-MM-dd HH:mm:ss t")))
                 .arg(m_plannedSeconds, 0, 'g', 4)
                 .arg(m_rate->value());
    const QString figures =
        r.received > 0 ? tr("RTT median %1 ms, p95 %2 ms, jitter %3 ms, loss %4 % (%5 of %6 back)")
                             .arg(ms(r.rttMedianMs), ms(r.rttP95Ms), ms(r.jitterMs))
                             .arg(r.lossPercent(), 0, 'f', 1)
                             .arg(r.received)
                             .arg(r.sent)
                       : tr("no packet came back (%1 sent)").arg(r.sent);
    lines << (m_cancelled ? tr("CANCELLED — %1")
              : r.passed  ? tr("PASS — %1")
                          : tr("FAIL — %1"))
                 .arg(figures);
    lines << verdictText(r);
    if (m_stale)
        lines << tr("Stale: %1").arg(m_staleWhy);
    return lines;
}

QImage ProbePanel::exportImage() {
    const QImage chart = m_chart->renderImage(m_chart->exportSize());
    const QStringList lines = exportHeader();
    if (lines.isEmpty())
        return chart;
    const qreal dpr = chart.devicePixelRatio();
    const int width = int(chart.width() / dpr);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    QFont verdictFont = font();
    verdictFont.setBold(true);
    const QFont textFont = font();
    const int margin = 10;
    const auto fontFor = [&](int line) -> const QFont& {
        return line == 0 ? titleFont : line == 2 ? verdictFont : textFont;
    };
    int headerHeight = margin;
    for (int i = 0; i < lines.size(); ++i)
        headerHeight += QFontMetrics(fontFor(i)).height() + 2;
    headerHeight += margin / 2;

    QImage image(chart.width(), chart.height() + int(std::ceil(headerHeight * dpr)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    const QBrush background = m_chart->chart()->backgroundBrush();
    image.fill(background.style() == Qt::SolidPattern ? background.color() : Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QColor text = m_chart->chart()->titleBrush().color();
    int y = margin;
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetrics fm(fontFor(i));
        painter.setFont(fontFor(i));
        painter.setPen(i == 2   ? stateColor(m_cancelled       ? State::Neutral
                                             : m_result.passed ? State::Good
                                                               : State::Bad)
                       : i == 4 ? stateColor(State::Warn)
                                : text);
        painter.drawText(QPoint(margin, y + fm.ascent()),
                         fm.elidedText(lines.at(i), Qt::ElideRight, width - 2 * margin));
        y += fm.height() + 2;
    }
    painter.drawImage(QPointF(0, headerHeight), chart);
    return image;
}

bool ProbePanel::exportPng(const QString& path) {
    return exportImage().save(path, "PNG");
}

void ProbePanel::cancelAndWait(int timeoutMs) {
    if (!m_runner)
        return;
    QEventLoop loop;
    connect(this, &ProbePanel::probeFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_runner->cancel();
    if (m_runner)
        loop.exec();
}

} // namespace ui
