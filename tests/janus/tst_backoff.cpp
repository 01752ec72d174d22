#include <QTest>
class T : public QObject { Q_OBJECT private Q_SLOTS: void todo() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(T)
#include "tst_backoff.moc"
