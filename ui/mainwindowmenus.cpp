#include "languagemenu.h"
#include "mainwindow.h"
#include "monitorpanel.h"
#include "probepanel.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace ui {

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New profile"), QKeySequence::New, this, [this] {
        if (maybeSave())
            m_document.newProfile();
    });
    file->addAction(tr("&Open profile…"), QKeySequence::Open, this, [this] {
        if (!maybeSave())
            return;
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open profile"), ProfileDocument::profileFolder(),
                                         tr("Cascade profiles (*.json)"));
        if (!path.isEmpty())
            openProfile(path);
    });
    m_recent = file->addMenu(tr("Open &recent"));
    updateRecent();
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] {
        QString error;
        if (m_document.path().isEmpty())
            saveAs();
        else if (!m_document.save(m_document.path(), &error))
            QMessageBox::warning(this, tr("Save failed"), error);
    });
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* node = menuBar()->addMenu(tr("&Node"));
    node->addAction(tr("&Add node…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &MainWindow::addNode);
    m_nodeActions << node->addAction(tr("&Edit node…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                     &MainWindow::editNode);
    m_nodeActions << node->addAction(tr("&Remove node"), this, &MainWindow::removeNode);
    node->addAction(m_reconnect);
    QMenu* link = menuBar()->addMenu(tr("Lin&k"));
    link->addAction(tr("&New link…"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                    &MainWindow::newLink);
    link->addAction(tr("Find &orphans…"), this, &MainWindow::findOrphans);
    QMenu* probe = menuBar()->addMenu(tr("&Probe"));
    probe->addAction(tr("&Run probe"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] {
        m_tabs->setCurrentWidget(m_probe);
        m_probe->runSelected();
    });
    probe->addAction(m_monitor->toggleAction());
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    addLanguageMenu(view, statusBar());
}

void MainWindow::updateRecent() {
    if (!m_recent)
        return;
    m_recent->clear();
    for (const QString& path : ProfileDocument::recentFiles())
        m_recent->addAction(path, this, [this, path] {
            if (maybeSave())
                openProfile(path);
        });
    m_recent->setEnabled(!m_recent->isEmpty());
}

} // namespace ui
