// HistoryChart: PNG (chart under a header) and CSV (the store's rows) export.
#include "history/historystore.h"
#include "historychart.h"
#include "historyview.h"

#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

namespace ui {

QStringList HistoryChart::exportHeader() const {
    QStringList names;
    for (const QString& s : m_series)
        names << labelOf(s);
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_from);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_to);
    QStringList lines;
    lines << tr("Janus Cascade Console — latency history");
    lines << names.join(QStringLiteral(", "));
    lines << tr("%1 – %2 (%3)")
                 .arg(QLocale().toString(from, format), QLocale().toString(to, format),
                      from.timeZoneAbbreviation());
    const QString rtt = rttThresholdMs() > 0 ? tr("%1 ms").arg(rttThresholdMs()) : tr("off");
    const QString loss =
        lossThresholdPercent() > 0 ? tr("%1 %").arg(lossThresholdPercent()) : tr("off");
    lines << tr("Thresholds: RTT %1, loss %2").arg(rtt, loss);
    return lines;
}

QImage HistoryChart::renderImage() {
    const QSize chartSize = m_view->size().expandedTo(QSize(1200, 520));
    const QStringList header = exportHeader();
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    const int lineHeight = QFontMetrics(font()).lineSpacing();
    const int headerHeight =
        QFontMetrics(titleFont).lineSpacing() + lineHeight * int(header.size() - 1) + 16;
    const qreal dpr = devicePixelRatioF();
    QImage image(QSize(chartSize.width(), chartSize.height() + headerHeight) * dpr,
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette().color(QPalette::Base));
    // Lay the chart out at the export size for a moment (and reload for that width), render
    // it, and give the view its own size back.
    QChart* chart = m_view->chart();
    const QRectF was = chart->geometry();
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(chartSize)));
    reload();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::Text));
    painter.setFont(titleFont);
    int y = 8 + QFontMetrics(titleFont).ascent();
    painter.drawText(12, y, header.first());
    painter.setFont(font());
    y += QFontMetrics(titleFont).descent();
    for (qsizetype i = 1; i < header.size(); ++i) {
        y += lineHeight;
        painter.drawText(12, y, header[i]);
    }
    m_view->scene()->render(&painter, QRectF(QPointF(0, headerHeight), QSizeF(chartSize)),
                            QRectF(QPointF(0, 0), QSizeF(chartSize)));
    painter.end();
    chart->setGeometry(was);
    reload();
    return image;
}

bool HistoryChart::exportPng(const QString& path) {
    return renderImage().save(path, "PNG");
}

bool HistoryChart::exportCsv(const QString& path, history::Resolution resolution, QString* error) {
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && m_store &&
                    m_store->exportCsv(m_series, m_from, m_to, resolution, &file) && file.commit();
    if (!ok && error)
        *error = m_store && m_store->error() ? m_store->error().message : file.errorString();
    return ok;
}

void HistoryChart::exportPngDialog() {
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(m_to).toString(QStringLiteral("yyyyMMdd-HHmm"));
    auto* dialog =
        new QFileDialog(this, tr("Export history as PNG"),
                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                        tr("PNG images (*.png)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->selectFile(QStringLiteral("history-%1.png").arg(stamp));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!exportPng(path))
            QMessageBox::warning(this, tr("Export history"), tr("Could not write %1.").arg(path));
    });
    dialog->open();
}

void HistoryChart::exportCsvDialog(history::Resolution resolution) {
    auto* dialog =
        new QFileDialog(this, tr("Export history as CSV"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(resolution == history::Resolution::Raw ? QStringLiteral("history-raw.csv")
                                                              : QStringLiteral("history-1min.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, resolution](const QString& path) {
        QString error;
        if (!exportCsv(path, resolution, &error))
            QMessageBox::warning(this, tr("Export history"),
                                 tr("Could not write %1: %2").arg(path, error));
    });
    dialog->open();
}

} // namespace ui
