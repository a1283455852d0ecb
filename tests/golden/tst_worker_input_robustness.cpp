// Bad input never crashes a worker: each of these gives exactly one JSON envelope on one line, exit status 0.
#include "golden_case.h"

#include <QTest>

using namespace vr;
using namespace vr::test;

class WorkerInputRobustnessTest : public QObject {
    Q_OBJECT

private slots:
    void hostileInput_data()
    {
        QTest::addColumn<QString>("worker");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("expectValidationError");
        const QStringList workers = QStringLiteral(VR_WORKERS).split(',', Qt::SkipEmptyParts);
        QByteArray big = "{\"runId\": \"r\", \"transcriptId\": \"t\", \"padding\": \"";
        big += QByteArray(50 * 1024 * 1024, 'x');
        big += "\", \"n\": [";
        const QList<std::pair<const char*, QByteArray>> inputs{
            {"empty", QByteArray()},
            {"whitespace", QByteArray("  \n\t \r\n")},
            {"invalid_json", QByteArray("{not json")},
            {"array", QByteArray("[]")},
            {"number", QByteArray("5")},
            {"string", QByteArray("\"x\"")},
            {"null", QByteArray("null")},
            {"invalid_utf8", QByteArray("{\"runId\": \"\xff\xfe\x80\", \"transcriptId\": \"\xc3\x28\"}")},
            {"deep_nesting", QByteArray(200000, '[')},
            {"truncated_50MB", big},
        };
        for (const QString& worker : workers)
            for (const auto& [name, data] : inputs)
                QTest::newRow(qPrintable(worker + ":" + name)) << worker << data << (worker != "health-check");
    }

    void hostileInput()
    {
        QFETCH(QString, worker);
        QFETCH(QByteArray, input);
        QFETCH(bool, expectValidationError);
        const ProcessResult run = runProcess(QStringLiteral(VR_BIN_DIR "/valuerank-") + worker, input,
                                             goldenEnvironment(Json::object(), 9));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.stdoutData.count('\n'), 1);
        QVERIFY(run.stdoutData.endsWith('\n'));
        Json envelope;
        try {
            envelope = Json::parse(run.stdoutData.toStdString());
        } catch (...) {
            QFAIL(qPrintable("not JSON: " + QString::fromUtf8(run.stdoutData.left(200))));
        }
        QVERIFY(envelope.is_object());
        QVERIFY(envelope["success"].is_boolean());
        if (expectValidationError) {
            QCOMPARE(envelope["success"].get<bool>(), false);
            QVERIFY(envelope["error"]["message"].is_string());
            QVERIFY(envelope["error"]["code"].is_string());
            QVERIFY(envelope["error"]["retryable"].is_boolean());
        } else {
            QCOMPARE(envelope["success"].get<bool>(), true); // health_check ignores its input
        }
    }

    void helpAndVersionArePlainText()
    {
        for (const QString& worker : QStringLiteral(VR_WORKERS).split(',', Qt::SkipEmptyParts)) {
            const QString bin = QStringLiteral(VR_BIN_DIR "/valuerank-") + worker;
            const ProcessResult help = runProcess(bin, {}, QProcessEnvironment::systemEnvironment(), 10000, {"--help"});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.stdoutData.contains("Usage: valuerank-" + worker.toUtf8()));
            const ProcessResult version = runProcess(bin, {}, QProcessEnvironment::systemEnvironment(), 10000, {"--version"});
            QCOMPARE(version.exitCode, 0);
            QVERIFY(version.stdoutData.startsWith("valuerank-" + worker.toUtf8() + " "));
        }
    }
};

QTEST_GUILESS_MAIN(WorkerInputRobustnessTest)
#include "tst_worker_input_robustness.moc"
