#include "probepanel.h"

#include "statecolors.h"

#include <QComboBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

ProbePanel::ProbePanel(cascade::Fleet* fleet, QWidget* parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_kind(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_reflector(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_rate(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Run probe"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_busy(new QProgressBar(this))
    , m_verdict(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_chart(new LatencyChart(this)) {
    m_kind->addItems({tr("Node check: console → node → console"),
                      tr("Path check: console → A → B → console"),
                      tr("Reflector check: console → UDP echo → console")});
    m_reflector->setPlaceholderText(tr("ADDR:PORT of janus-cascade reflect"));
    m_reflector->setToolTip(tr(
        "Test a port forward before Janus runs: start `janus-cascade reflect --bind 0.0.0.0:PORT` "
        "on the node's host and probe its public address and port here"));
    m_reflector->hide();
    m_count->setRange(1, 1000000);
    m_rate->setRange(1, 1000);
    m_rate->setSuffix(tr(" packets/s"));
    setDefaults(profile::ProbeSettings{});
    m_cancel->setEnabled(false);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setText(
        tr("A node check sends RTP to the node's public address and port and counts what its "
           "remote publisher forwards back: it proves the NAT forwards that port."));
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One long line of figures must wrap, not widen the window past the screen.
    m_figures->setWordWrap(true);
    m_figures->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_kind);
    controls->addWidget(new QLabel(tr("Node:"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(QStringLiteral("→"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_reflector);
    controls->addWidget(m_count);
    controls->addWidget(m_rate);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    controls->addWidget(m_busy);
    controls->addStretch();

    auto* chartButtons = new QHBoxLayout;
    auto* pause = new QPushButton(tr("&Pause"), this);
    pause->setCheckable(true);
    auto* png = new QPushButton(tr("Export P&NG…"), this);
    auto* csv = new QPushButton(tr("Export C&SV…"), this);
    chartButtons->addWidget(m_figures, 1);
    chartButtons->addWidget(pause);
    chartButtons->addWidget(png);
    chartButtons->addWidget(csv);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_verdict);
    layout->addWidget(m_chart, 1);
    layout->addLayout(chartButtons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_to->setEnabled(i == 1);
        m_from->setVisible(i != 2);
        m_to->setVisible(i != 2);
        m_reflector->setVisible(i == 2);
    });
    m_to->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &ProbePanel::runSelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(pause, &QPushButton::toggled, m_chart, &LatencyChart::setPaused);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart"), QStringLiteral("latency.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            m_chart->exportPng(path);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export data"), QStringLiteral("latency.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !m_chart->exportCsv(path, &error))
            m_verdict->setText(tr("Export failed: %1").arg(error));
    });
    connect(fleet, &cascade::Fleet::nodeAdded, this, &ProbePanel::refreshNodes);
    connect(fleet, &cascade::Fleet::nodeRemoved, this, &ProbePanel::refreshNodes);
    refreshNodes();
}

void ProbePanel::setDefaults(const profile::ProbeSettings& settings) {
    m_base = probe::settingsFromProfile(settings);
    m_rate->setValue(m_base.rate);
    m_count->setValue(m_base.count);
}

QString ProbePanel::verdict() const {
    return m_verdict->text();
}

void ProbePanel::refreshNodes() {
    for (QComboBox* box : {m_from, m_to}) {
        const QString current = box->currentText();
        box->clear();
        box->addItems(m_fleet->nodeIds());
        box->setCurrentText(current);
    }
    if (m_to->count() > 1 && m_to->currentIndex() == m_from->currentIndex())
        m_to->setCurrentIndex(1);
}

void ProbePanel::runSelected() {
    if (m_kind->currentIndex() == 2) {
        runReflector(m_reflector->text().trimmed());
        return;
    }
    QStringList nodes{m_from->currentText()};
    if (m_kind->currentIndex() == 1)
        nodes << m_to->currentText();
    run(nodes);
}

probe::ProbeRunner::Settings ProbePanel::settings() const {
    probe::ProbeRunner::Settings settings = m_base;
    settings.rate = m_rate->value();
    settings.count = m_count->value();
    return settings;
}

bool ProbePanel::run(const QStringList& nodeIds) {
    if (m_runner)
        return false;
    // The controls show what runs, also when the run comes from elsewhere (a menu, a test).
    if (!nodeIds.isEmpty() && nodeIds.size() <= 2) {
        m_kind->setCurrentIndex(nodeIds.size() == 1 ? 0 : 1);
        m_from->setCurrentText(nodeIds.first());
        if (nodeIds.size() == 2)
            m_to->setCurrentText(nodeIds.last());
    }
    QString error;
    probe::ProbeRunner* runner = m_fleet->createProbe(nodeIds, settings(), &error);
    if (!runner) {
        m_verdict->setText(error);
        return false;
    }
    return start(runner);
}

bool ProbePanel::runReflector(const QString& hostPort) {
    QString host;
    int port = 0;
    if (m_runner || !probe::ProbeRunner::parseEndpoint(hostPort, &host, &port)) {
        m_verdict->setText(tr("Give the reflector as ADDR:PORT, e.g. 198.51.100.2:40000"));
        return false;
    }
    return start(new probe::ProbeRunner({probe::Hop{nullptr, tr("the reflector"), {}, host, port}},
                                        settings(), tr("reflector %1").arg(hostPort)));
}

bool ProbePanel::start(probe::ProbeRunner* runner) {
    m_runner = runner;
    m_runner->setParent(this);
    m_chart->clear();
    connect(m_runner, &probe::ProbeRunner::updated, this, &ProbePanel::showResult);
    connect(m_runner, &probe::ProbeRunner::progress, m_verdict, &QLabel::setText);
    connect(m_runner, &probe::ProbeRunner::finished, this, [this](const probe::ProbeResult& r) {
        showResult(r);
        QPalette p = m_verdict->palette();
        p.setColor(QPalette::WindowText, stateColor(r.passed ? State::Good : State::Bad));
        m_verdict->setPalette(p);
        m_verdict->setText((r.passed ? tr("PASS — ") : tr("FAIL — ")) + r.verdict);
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_busy->hide();
        m_runner->deleteLater();
        m_runner = nullptr;
        Q_EMIT probeFinished(r);
    });
    m_verdict->setPalette(palette());
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_busy->show();
    m_runner->start();
    return true;
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
    m_figures->setText(r.received > 0 ? r.countsText() + QStringLiteral(" · ") + r.rttText()
                                      : r.countsText());
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
