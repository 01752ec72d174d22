// RoomsModel applies fresh room lists as row-precise changes (no resets), checked by
// QAbstractItemModelTester, also for 5,000 rooms.
#include "cascade/roomsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace cascade;
namespace vr = janus::videoroom;

namespace {
QList<vr::Room> rooms(int first, int count, int participants = 0) {
    QList<vr::Room> out;
    for (int i = first; i < first + count; ++i) {
        vr::Room r;
        r.id = janus::Id(qint64(i));
        r.description = QStringLiteral("room %1").arg(i);
        r.participants = participants;
        out << r;
    }
    return out;
}
} // namespace

class TestRoomsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diffsWithoutReset() {
        RoomsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.apply(rooms(1, 5000));
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(inserted.count(), 1);

        // Rooms 100..199 go, 6000..6009 come, room 1 gets a participant.
        QList<vr::Room> next = rooms(1, 99) + rooms(200, 4801) + rooms(6000, 10);
        next[0].participants = 1;
        model.apply(next);
        QCOMPARE(model.rowCount(), 99 + 4801 + 10);
        QCOMPARE(removed.count(), 1); // adjacent rows go in one removal
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.roomId(0), janus::Id(1));
        QCOMPARE(model.data(model.index(0, RoomsModel::ParticipantsColumn)).toInt(), 1);
        QCOMPARE(model.roomId(99), janus::Id(200));
        QCOMPARE(model.roomId(model.rowCount() - 1), janus::Id(6009));
        QCOMPARE(resets.count(), 0);

        // The same list again changes nothing.
        model.apply(next);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(removed.count(), 1);

        model.apply({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRoomsModel)
#include "tst_roomsmodel.moc"
