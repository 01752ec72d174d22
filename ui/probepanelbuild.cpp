#include "probepanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

// The probe panel's widgets: their names, ranges and tooltips, the labels and the layout.

namespace ui {

void ProbePanel::setupChoosers() {
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
}

void ProbePanel::setupOutputs() {
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
}

ProbePanel::KindLabels ProbePanel::buildLayout() {
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
    return {nodeLabel, arrow, echoLabel};
}

} // namespace ui
