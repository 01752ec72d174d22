#include "historychart.h"

#include "history/historystore.h"
#include "historyview.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 maxMinuteRows = 200'000; ///< more: the chart reads hourly rollups

qint64 spanMs(HistoryChart::Span span) {
    switch (span) {
    case HistoryChart::Span::Hour:
        return hourMs;
    case HistoryChart::Span::Week:
        return 7 * 24 * hourMs;
    default:
        return 24 * hourMs;
    }
}

} // namespace

HistoryChart::HistoryChart(history::HistoryStore* store, const QStringList& series, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_series(series)
    , m_view(new HistoryView(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(buildRangeBar());
    layout->addWidget(m_view, 1);
    layout->addWidget(buildLimitBar());
    m_reload.setSingleShot(true);
    m_reload.setInterval(30);
    connect(&m_reload, &QTimer::timeout, this, &HistoryChart::reload);
    connect(m_view, &HistoryView::rangeRequested, this, [this](qint64 from, qint64 to) {
        m_span = Span::Custom;
        m_spans->button(int(Span::Custom))->setChecked(true);
        showRange(from, to);
    });
    connect(m_view, &HistoryView::resetRequested, this, [this] {
        const Span preset = m_span == Span::Custom ? Span::Day : m_span;
        m_spans->button(int(preset))->setChecked(true);
        selectSpan(preset);
    });
    m_view->setThresholds(m_rttLimit->value(), m_lossLimit->value());
    m_view->viewport()->installEventFilter(this);
    selectSpan(Span::Day);
}

QWidget* HistoryChart::buildRangeBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_spans = new QButtonGroup(this);
    const QList<QPair<Span, QString>> spans = {{Span::Hour, tr("1 h")},
                                               {Span::Day, tr("24 h")},
                                               {Span::Week, tr("7 d")},
                                               {Span::Custom, tr("Custom")}};
    for (const auto& [span, text] : spans) {
        auto* button = new QToolButton(bar);
        button->setText(text);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("span%1").arg(int(span)));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_spans->addButton(button, int(span));
        row->addWidget(button);
    }
    m_spans->button(int(Span::Day))->setChecked(true);
    connect(m_spans, &QButtonGroup::idClicked, this, [this](int id) { selectSpan(Span(id)); });
    m_fromEdit = new QDateTimeEdit(bar);
    m_toEdit = new QDateTimeEdit(bar);
    for (QDateTimeEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        connect(edit, &QDateTimeEdit::editingFinished, this, &HistoryChart::customEdited);
    }
    m_fromEdit->setObjectName(QStringLiteral("from"));
    m_toEdit->setObjectName(QStringLiteral("to"));
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("From"), bar));
    row->addWidget(m_fromEdit);
    row->addWidget(new QLabel(tr("to"), bar));
    row->addWidget(m_toEdit);
    row->addStretch(1);
    m_exportPng = new QPushButton(tr("Export PNG…"), bar);
    m_exportCsv = new QPushButton(tr("Export CSV"), bar);
    auto* csvMenu = new QMenu(m_exportCsv);
    csvMenu->addAction(tr("Raw rows…"), this,
                       [this] { exportCsvDialog(history::Resolution::Raw); });
    csvMenu->addAction(tr("1-minute aggregates…"), this,
                       [this] { exportCsvDialog(history::Resolution::Minute); });
    m_exportCsv->setMenu(csvMenu);
    m_exportPng->setObjectName(QStringLiteral("exportPng"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    connect(m_exportPng, &QPushButton::clicked, this, &HistoryChart::exportPngDialog);
    row->addWidget(m_exportPng);
    row->addWidget(m_exportCsv);
    return bar;
}

QWidget* HistoryChart::buildLimitBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_rttLimit = new QDoubleSpinBox(bar);
    m_rttLimit->setRange(0, 10000);
    m_rttLimit->setDecimals(0);
    m_rttLimit->setValue(150);
    m_rttLimit->setSuffix(tr(" ms"));
    m_lossLimit = new QDoubleSpinBox(bar);
    m_lossLimit->setRange(0, 100);
    m_lossLimit->setDecimals(1);
    m_lossLimit->setValue(5);
    m_lossLimit->setSuffix(tr(" %"));
    for (QDoubleSpinBox* box : {m_rttLimit, m_lossLimit}) {
        box->setSpecialValueText(tr("off"));
        connect(box, &QDoubleSpinBox::valueChanged, this,
                [this] { m_view->setThresholds(m_rttLimit->value(), m_lossLimit->value()); });
    }
    m_rttLimit->setObjectName(QStringLiteral("rttLimit"));
    m_lossLimit->setObjectName(QStringLiteral("lossLimit"));
    row->addWidget(new QLabel(tr("RTT limit"), bar));
    row->addWidget(m_rttLimit);
    row->addWidget(new QLabel(tr("Loss limit"), bar));
    row->addWidget(m_lossLimit);
    row->addSpacing(12);
    m_hint = new QLabel(tr("Wheel: zoom · drag: pan · Shift+drag: zoom to a span · ←/→: pan · "
                           "Home or double click: back"),
                        bar);
    m_hint->setEnabled(false); // a hint, drawn in the palette's quiet colour
    m_hint->setMinimumWidth(0);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_hint, 1);
    return bar;
}

bool HistoryChart::eventFilter(QObject* watched, QEvent* event) {
    // The plot got wider than what was loaded: read again for the new width (narrower needs
    // nothing).
    if (watched == m_view->viewport() && event->type() == QEvent::Resize &&
        m_view->viewport()->width() > m_loadedWidth * 11 / 10)
        m_reload.start();
    return QWidget::eventFilter(watched, event);
}

void HistoryChart::setSeries(const QStringList& series) {
    m_series = series;
    reload();
}

void HistoryChart::setSeriesLabels(const QHash<QString, QString>& labels) {
    m_labels = labels;
    reload();
}

QString HistoryChart::labelOf(const QString& series) const {
    return m_labels.value(series, series);
}

void HistoryChart::setThresholds(double rttMs, double lossPercent) {
    m_rttLimit->setValue(rttMs);
    m_lossLimit->setValue(lossPercent);
}

double HistoryChart::rttThresholdMs() const {
    return m_rttLimit->value();
}

double HistoryChart::lossThresholdPercent() const {
    return m_lossLimit->value();
}

void HistoryChart::selectSpan(Span span) {
    m_span = span;
    if (span == Span::Custom) {
        m_fromEdit->setFocus(Qt::OtherFocusReason);
        return; // the range stays; the from/to fields change it
    }
    const qint64 now = m_store ? m_store->now() : QDateTime::currentMSecsSinceEpoch();
    showRange(now - spanMs(span), now);
    reload();
}

void HistoryChart::showRange(qint64 fromMs, qint64 toMs) {
    m_from = fromMs;
    m_to = std::max(toMs, fromMs + 60'000);
    m_view->setRange(m_from, m_to);
    syncEdits();
    m_reload.start();
}

void HistoryChart::syncEdits() {
    m_syncing = true;
    m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(m_from));
    m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(m_to));
    m_syncing = false;
}

void HistoryChart::customEdited() {
    if (m_syncing)
        return;
    const qint64 from = m_fromEdit->dateTime().toMSecsSinceEpoch();
    const qint64 to = m_toEdit->dateTime().toMSecsSinceEpoch();
    // The minutes shown are whole (the fields show no seconds): nothing changed, nothing to do.
    if (from / 60'000 == m_from / 60'000 && to / 60'000 == m_to / 60'000)
        return;
    m_span = Span::Custom;
    m_spans->button(int(Span::Custom))->setChecked(true);
    showRange(from, to);
}

void HistoryChart::reload() {
    m_reload.stop();
    if (m_span != Span::Custom && m_store) {
        const qint64 now = m_store->now();
        m_from = now - spanMs(m_span);
        m_to = now;
        m_view->setRange(m_from, m_to);
        syncEdits();
    }
    QList<HistoryView::Line> lines;
    // One row per pixel of the plot at most: a week of minutes is never handed to the chart.
    // (The viewport's width: the chart's plot area is laid out only when it is next drawn.)
    const int points = std::max(100, m_view->viewport()->width());
    m_loadedWidth = points;
    // Many series over a long range read the hourly rollups: a week of minutes of 150 links
    // is 1.5 million rows, too many to read while the user waits.
    using history::Resolution;
    Resolution resolution = Resolution::Auto;
    if (m_store && m_store->resolve(resolution, m_from, m_to) == Resolution::Minute &&
        m_series.size() * ((m_to - m_from) / 60'000) > maxMinuteRows)
        resolution = Resolution::Hour;
    bool any = false;
    for (int i = 0; i < m_series.size(); ++i) {
        HistoryView::Line line{labelOf(m_series[i]), HistoryView::seriesColor(i), {}};
        if (m_store && m_store->isOpen())
            line.rows = m_store->query(m_series[i], m_from, m_to, resolution, points);
        any = any || !line.rows.isEmpty();
        lines << line;
    }
    m_view->setLines(lines);
    if (!m_store || !m_store->isOpen())
        m_view->setNote(m_store && m_store->error() ? m_store->error().message
                                                    : tr("No monitoring history is open."));
    else if (m_series.isEmpty())
        m_view->setNote(tr("No series chosen."));
    else
        m_view->setNote(any ? QString() : tr("No history in this range."));
}

} // namespace ui
