#include "probepanel.h"
#include "statecolors.h"

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QSpinBox>
#include <QStandardPaths>
#include <cmath>

// The probe panel's exports: the chart as PNG with a header, the per-second figures as CSV.

namespace ui {

namespace {

QString ms(double value) {
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

} // namespace

void ProbePanel::exportPngDialog() {
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
}

void ProbePanel::exportCsvDialog() {
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

} // namespace ui
