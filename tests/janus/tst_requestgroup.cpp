// janus::RequestGroup: fan-in of replies (finished once, after close and the last reply), errors
// collected, members added from handlers, child groups, the in-flight bound and cancel. The
// replies are real janus::Reply objects completed the way Connection completes them.
#include "janus/requestgroup.h"

#include <QSignalSpy>
#include <QTest>

using janus::Error;
using janus::Reply;
using janus::RequestGroup;

namespace {

Reply* reply(const QString& request = QStringLiteral("list")) {
    return new Reply(request, QString(), Reply::Payload::PluginData, 0);
}

QJsonObject success() {
    return {{QStringLiteral("janus"), QStringLiteral("success")},
            {QStringLiteral("plugindata"),
             QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("ok"), true}}}}}};
}

QJsonObject pluginError(int code) {
    return {{QStringLiteral("janus"), QStringLiteral("success")},
            {QStringLiteral("plugindata"),
             QJsonObject{{QStringLiteral("data"),
                          QJsonObject{{QStringLiteral("error_code"), code},
                                      {QStringLiteral("error"), QStringLiteral("no")}}}}}};
}

} // namespace

class TestRequestGroup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void finishesOnceAfterCloseAndTheLastReply() {
        RequestGroup group;
        QSignalSpy finished(&group, &RequestGroup::finished);
        Reply* a = reply();
        Reply* b = reply();
        int done = 0;
        group.add(a, [&done](const QJsonObject& data) {
            done += data.value(QLatin1String("ok")).toBool();
        });
        group.add(b);
        a->completeWith(success());
        group.close();
        QCOMPARE(finished.size(), 0);
        QCOMPARE(group.pending(), 1);
        b->completeWith(pluginError(426));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(done, 1);
        // A failure without a handler is the group's; one with a handler is not.
        QCOMPARE(group.errors().size(), 1);
        QCOMPARE(group.firstError().code, 426);
    }

    void emptyGroupFinishesOnClose() {
        RequestGroup group;
        QSignalSpy finished(&group, &RequestGroup::finished);
        group.close();
        QCOMPARE(finished.size(), 1);
        group.close();
        QCOMPARE(finished.size(), 1);
    }

    void handlerAddsAFollowUpBeforeTheGroupEnds() {
        RequestGroup group;
        QSignalSpy finished(&group, &RequestGroup::finished);
        Reply* first = reply();
        Reply* second = reply(QStringLiteral("publish_remotely"));
        Error seen;
        group.add(first, [&](const QJsonObject&) {
            group.add(second, {}, [&seen](const Error& e) { seen = e; });
        });
        group.close();
        first->completeWith(success());
        QCOMPARE(finished.size(), 0);
        second->completeWith(pluginError(499));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(seen.code, 499);
        QVERIFY(group.errors().isEmpty());
    }

    void childGroupCountsAsOneMember() {
        RequestGroup group;
        QSignalSpy finished(&group, &RequestGroup::finished);
        auto* child = new RequestGroup(&group);
        Reply* cleanup = reply(QStringLiteral("unpublish_remotely"));
        child->add(cleanup, {}, [](const Error&) {});
        QStringList order;
        group.add(child, [&order] { order << QStringLiteral("then"); });
        group.close();
        child->close();
        QCOMPARE(finished.size(), 0);
        cleanup->completeWith(pluginError(428));
        QCOMPARE(order, QStringList{QStringLiteral("then")});
        QCOMPARE(finished.size(), 1);
    }

    void boundKeepsTheRestWaiting() {
        RequestGroup group;
        group.setMaxInFlight(2);
        QList<Reply*> sent;
        for (int i = 0; i < 5; ++i)
            group.add([&sent] {
                sent << reply(QStringLiteral("listremotes"));
                return sent.last();
            });
        group.close();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(group.pending(), 5);
        sent[0]->completeWith(success());
        QCOMPARE(sent.size(), 3);
        sent[1]->completeWith(success());
        sent[2]->completeWith(success());
        QCOMPARE(sent.size(), 5);
        QVERIFY(!group.isFinished());
        sent[3]->completeWith(success());
        sent[4]->completeWith(success());
        QVERIFY(group.isFinished());
    }

    void cancelSettlesEverythingOnce() {
        RequestGroup group;
        group.setMaxInFlight(1);
        QSignalSpy finished(&group, &RequestGroup::finished);
        Reply* out = reply();
        QList<Error::Kind> failures;
        const auto failed = [&failures](const Error& e) { failures << e.kind; };
        group.add(out, {}, failed);
        group.add([] { return reply(); }, {}, failed);
        group.add([] { return reply(); }, {}, failed);
        group.close();
        group.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(group.isCancelled());
        QCOMPARE(failures.size(), 3);
        QVERIFY(std::all_of(failures.cbegin(), failures.cend(),
                            [](Error::Kind k) { return k == Error::Kind::Cancelled; }));
        group.cancel();
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestGroup)
#include "tst_requestgroup.moc"
