// Journey: a link made in the wizard by mouse and by keyboard only, against real Janus rooms
// with secrets. The source-room dropdown must keep what the user picked or typed while the
// node's room list refreshes under it (it used to come back blank, and Next then said "Both
// rooms are needed").
#include "janusinstance.h"
#include "linkwizard.h"
#include "replywait.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTest>

using testsupport::JanusInstance;

class TestJourneyWizardLive : public QObject {
    Q_OBJECT
    std::unique_ptr<JanusInstance> m_a, m_b;
    cascade::EventLog m_log;
    std::unique_ptr<cascade::Fleet> m_fleet;
    profile::Profile m_profile;

    QComboBox* sourceRoomCombo(ui::LinkWizard& wizard) {
        // The page's editable combo: the only one whose items are room ids.
        for (QComboBox* combo : wizard.findChildren<QComboBox*>())
            if (combo->isEditable())
                return combo;
        return nullptr;
    }

    // A new room on A: the wizard's list refreshes while the user's choice stands.
    void refreshUnder(QComboBox* combo, qint64 room) {
        const int before = combo->count();
        janus::VideoRoom::CreateRoom spec;
        spec.room = janus::Id(room);
        spec.secret = QStringLiteral("journey-room-secret");
        QVERIFY(
            testsupport::wait(m_fleet->node(QStringLiteral("a"))->videoroom()->create(spec)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(combo->count() > before, 15000);
    }

    QString finish(ui::LinkWizard& wizard) {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        // Target page: the target room, typed into the focused field after Alt+M.
        QTest::keyClick(&wizard, Qt::Key_M, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1234"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        for (QLabel* label : wizard.findChildren<QLabel*>())
            if (label->textFormat() == Qt::RichText && label->isVisible())
                return label->text();
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        JCC_REQUIRE_JANUS();
        JanusInstance::Options o;
        o.name = QStringLiteral("a");
        o.rooms = {
            {1234, QStringLiteral("Town hall"), QStringLiteral("journey-room-secret"), false},
            {2000, QStringLiteral("Lobby"), QStringLiteral("journey-room-secret"), false}};
        m_a = std::make_unique<JanusInstance>(o);
        o.name = QStringLiteral("b");
        o.rooms = {{1234, QStringLiteral("Copy"), QStringLiteral("journey-room-secret"), false}};
        m_b = std::make_unique<JanusInstance>(o);
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        m_fleet = std::make_unique<cascade::Fleet>(&m_log);
        for (const auto& [id, janus] : {std::pair{QStringLiteral("a"), m_a.get()},
                                        std::pair{QStringLiteral("b"), m_b.get()}}) {
            profile::Node node;
            node.id = id;
            node.apiUrl = janus->apiUrl();
            node.publicAddress = QStringLiteral("127.0.0.1");
            m_profile.nodes << node;
            cascade::NodeSpec spec;
            spec.id = id;
            spec.options.url = janus->apiUrl();
            spec.publicAddress = node.publicAddress;
            m_fleet->addNode(spec);
            QTRY_VERIFY_WITH_TIMEOUT(m_fleet->node(id)->isReady(), 10000);
        }
    }

    void pickTheRoomWithTheMouse() {
        ui::LinkWizard wizard(m_fleet.get(), m_profile);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QComboBox* combo = sourceRoomCombo(wizard);
        QVERIFY(combo);
        QTRY_VERIFY_WITH_TIMEOUT(combo->findText(QStringLiteral("1234")) >= 0, 10000);
        // Open the popup by clicking the arrow at the right edge, then click the item.
        QTest::mouseClick(combo, Qt::LeftButton, {},
                          QPoint(combo->width() - 6, combo->height() / 2));
        QAbstractItemView* view = combo->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible(), 3000);
        // The popup ignores a release that comes within a double-click time of its opening.
        QTest::qWait(QApplication::doubleClickInterval() + 100);
        const QModelIndex item = view->model()->index(combo->findText(QStringLiteral("1234")), 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(item).center());
        QTRY_COMPARE_WITH_TIMEOUT(combo->currentText(), QStringLiteral("1234"), 3000);
        refreshUnder(combo, 5001);
        QCOMPARE(combo->currentText(), QStringLiteral("1234"));
        const QString summary = finish(wizard);
        QVERIFY2(summary.contains(QLatin1String("room 1234 on <b>a</b>")), qPrintable(summary));
        QCOMPARE(wizard.link().sourceRoom, janus::Id(1234));
        QCOMPARE(wizard.link().targetRoom, janus::Id(1234));
    }

    void typeTheRoomAndUseTheKeyboard() {
        ui::LinkWizard wizard(m_fleet.get(), m_profile);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QComboBox* combo = sourceRoomCombo(wizard);
        QVERIFY(combo);
        QTRY_VERIFY_WITH_TIMEOUT(combo->count() >= 2, 10000);
        // Alt+R focuses the room field; type the room, then Alt+S and back must not wipe it.
        QTest::keyClick(&wizard, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(combo->hasFocus() || combo->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2000"));
        QTest::keyClick(&wizard, Qt::Key_S, Qt::AltModifier);
        refreshUnder(combo, 5002);
        QCOMPARE(combo->currentText(), QStringLiteral("2000"));
        const QString summary = finish(wizard);
        QVERIFY2(summary.contains(QLatin1String("room 2000 on <b>a</b>")), qPrintable(summary));
        QVERIFY(!summary.contains(QLatin1String("Both rooms are needed")));
    }

    void chooseTheEncryptionWithTheKeyboard() {
        ui::LinkWizard wizard(m_fleet.get(), m_profile);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClick(&wizard, Qt::Key_R, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1234"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        // Alt+E focuses the encryption choice; two steps down is "Off".
        QTest::keyClick(&wizard, Qt::Key_E, Qt::AltModifier);
        auto* srtp = qobject_cast<QComboBox*>(QApplication::focusWidget());
        QVERIFY(srtp);
        QTest::keyClick(srtp, Qt::Key_Down);
        QTest::keyClick(srtp, Qt::Key_Down);
        QTest::keyClick(&wizard, Qt::Key_M, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1234"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(wizard.link().srtp == profile::Srtp::Off);
        QVERIFY(wizard.currentPage()->findChild<QLabel*>()->text().contains(
            QLatin1String("The leg: plain RTP (srtp: off).")));
        // Back, and up to "Preferred": the summary says what these two nodes' versions allow.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTest::keyClick(&wizard, Qt::Key_E, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(wizard.link().srtp == profile::Srtp::Preferred);
        const QString summary = wizard.currentPage()->findChild<QLabel*>()->text();
        const bool canEncrypt = m_fleet->nodeVersion(QStringLiteral("a")).version >= 1300;
        QVERIFY2(summary.contains(canEncrypt
                                      ? QLatin1String("The leg: SRTP (AES_CM_128_HMAC_SHA1_80).")
                                      : QLatin1String("SRTP needs 1.3.0")),
                 qPrintable(summary));
    }
};

QTEST_MAIN(TestJourneyWizardLive)
#include "tst_journey_wizard_live.moc"
