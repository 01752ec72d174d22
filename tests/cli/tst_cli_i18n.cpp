// janus-cascade under a Chinese locale: human text in Chinese, but the machine contract (exit
// codes, JSON keys, error codes, option names) byte for byte what it is in English. No Janus.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const {
        return QJsonDocument::fromJson(out.trimmed().split(QLatin1Char('\n')).last().toUtf8())
            .object();
    }
};

Run cli(const QString& locale, const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JCC_CLI_BINARY), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool hasChinese(const QString& text) {
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

/// The JSON with every human text blanked: keys, codes, numbers and booleans stay.
QJsonValue machinePart(const QJsonValue& v, const QString& key = {}) {
    static const QStringList human{QStringLiteral("message"), QStringLiteral("explanation")};
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = machinePart(it.value(), it.key());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue& e : v.toArray())
            a.append(machinePart(e));
        return a;
    }
    return human.contains(key) ? QJsonValue(QStringLiteral("<human>")) : v;
}

const QString english = QStringLiteral("C.UTF-8");
const QString chinese = QStringLiteral("zh_CN.UTF-8");

} // namespace

class TestCliI18n : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_bad, m_good;

    QString write(const QString& name, const QByteArray& json) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(json);
        return f.fileName();
    }

    /// Same exit code and the same JSON apart from the human texts; the Chinese run's human
    /// texts are Chinese, the English run's are not.
    void verifySameContract(const QStringList& args, int exitCode) {
        const Run en = cli(english, QStringList{QStringLiteral("--json")} + args);
        const Run zh = cli(chinese, QStringList{QStringLiteral("--json")} + args);
        QCOMPARE(en.code, exitCode);
        QCOMPARE(zh.code, exitCode);
        QVERIFY2(!en.json().isEmpty(), qPrintable(en.out));
        QCOMPARE(machinePart(zh.json()), machinePart(en.json()));
        QCOMPARE(zh.json().keys(), en.json().keys());
        QVERIFY2(!hasChinese(en.out + en.err), qPrintable(en.out + en.err));
        if (exitCode != 0) {
            QVERIFY2(hasChinese(zh.err), qPrintable(zh.err));
            const QJsonObject error = zh.json().value(QLatin1String("error")).toObject();
            QVERIFY2(hasChinese(error.value(QLatin1String("message")).toString()),
                     qPrintable(zh.out));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // (no raw string: moc reads "//" inside one as a comment)
        m_bad = write(
            QStringLiteral("bad.json"),
            "{\"version\":1,\"nodes\":[{\"id\":\"a\",\"api_url\":\"ws:\\/\\/x:1\","
            "\"public_address\":\"300.1.2.3\"},{\"id\":\"a\",\"api_url\":\"http:\\/\\/y\"}]}");
        m_good = write(QStringLiteral("good.json"),
                       "{\"format\":\"janus-cascade-profile\",\"version\":1,\"nodes\":[{\"id\":"
                       "\"a\",\"api_url\":\"ws:\\/\\/127.0.0.1:1\"}]}");
        QVERIFY(!m_bad.isEmpty() && !m_good.isEmpty());
    }

    void humanOutputIsChinese() {
        const Run en = cli(english, {QStringLiteral("validate"), m_bad});
        const Run zh = cli(chinese, {QStringLiteral("validate"), m_bad});
        QCOMPARE(en.code, 3);
        QCOMPARE(zh.code, 3);
        QVERIFY2(en.out.contains(QLatin1String("is not an IP address")), qPrintable(en.out));
        QVERIFY2(zh.out.contains(QStringLiteral("“300.1.2.3”不是 IP 地址")), qPrintable(zh.out));
        // The JSON path of a problem and the program's name stay as they are.
        QVERIFY(zh.out.contains(QLatin1String("nodes[0].public_address: ")));
        QVERIFY2(zh.err.startsWith(QLatin1String("janus-cascade: ")), qPrintable(zh.err));
        QVERIFY2(zh.err.contains(QStringLiteral("不是有效的配置文件")), qPrintable(zh.err));
        const Run ok = cli(chinese, {QStringLiteral("validate"), m_good});
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("有效（1 个节点，0 条链路）")), qPrintable(ok.out));
    }

    void jsonKeysAndCodesDoNotChange() {
        verifySameContract({QStringLiteral("validate"), m_bad}, 3);
        verifySameContract({QStringLiteral("validate"), m_good}, 0);
        verifySameContract({QStringLiteral("frobnicate")}, 2);
        verifySameContract({QStringLiteral("--no-such-option"), QStringLiteral("validate")}, 2);
        verifySameContract(
            {QStringLiteral("--timeout"), QStringLiteral("0"), QStringLiteral("validate"), m_good},
            2);
        const Run zh = cli(chinese, {QStringLiteral("--json"), QStringLiteral("validate"), m_bad});
        QCOMPARE(zh.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")),
                 QJsonValue(QStringLiteral("invalid_profile")));
        QCOMPARE(zh.json().value(QLatin1String("ok")), QJsonValue(false));
    }

    void helpKeepsCommandAndOptionNames() {
        const Run en = cli(english, {QStringLiteral("--help")});
        const Run zh = cli(chinese, {QStringLiteral("--help")});
        QCOMPARE(en.code, 0);
        QCOMPARE(zh.code, 0);
        QVERIFY2(zh.out.contains(QStringLiteral("命令：")), qPrintable(zh.out));
        QVERIFY2(!hasChinese(en.out), qPrintable(en.out));
        static const QRegularExpression names(QStringLiteral("(--[a-z-]+)|^  ([a-z]+) "),
                                              QRegularExpression::MultilineOption);
        QStringList enNames, zhNames;
        for (auto it = names.globalMatch(en.out); it.hasNext();)
            enNames << it.next().captured();
        for (auto it = names.globalMatch(zh.out); it.hasNext();)
            zhNames << it.next().captured();
        QVERIFY(enNames.contains(QLatin1String("--json")));
        QVERIFY(enNames.contains(QLatin1String("  validate ")));
        QCOMPARE(zhNames, enNames);
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
