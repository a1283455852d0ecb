// Replays the golden cases recorded from the reference workers (tests/data/golden/<worker>.json) through our
// binaries, with the loopback mock provider serving the recorded replies, under the parity rules of docs/worker-protocol.md.
#include "golden_case.h"
#include "mock_provider_server.h"

#include <QTest>

using namespace vr;
using namespace vr::test;

class GoldenWorkersTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_file = qEnvironmentVariable("VR_GOLDEN_FILE");
        QVERIFY2(!m_file.isEmpty(), "VR_GOLDEN_FILE names the case file to replay");
        m_cases = loadGoldenCases(m_file);
        QVERIFY2(!m_cases.empty(), qPrintable("no cases in " + m_file));
    }

    void replay_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < m_cases.size(); ++i) QTest::newRow(m_cases[i].name.c_str()) << static_cast<int>(i);
    }

    void replay()
    {
        QFETCH(int, index);
        const GoldenCase& c = m_cases.at(static_cast<size_t>(index));
        QList<MockReply> script;
        for (const auto& r : c.responses) script << replyFromGolden(r);
        m_mock.setScript(script);

        const ProcessResult run = runProcess(workerBinary(c.worker), QByteArray::fromStdString(c.stdinText),
                                             goldenEnvironment(c.env, m_mock.port()));
        QVERIFY2(run.finished, "the worker did not answer within 60 s");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.stdoutData.count('\n'), 1);
        Json got;
        try {
            got = Json::parse(run.stdoutData.toStdString());
        } catch (const std::exception& e) {
            QFAIL(qPrintable(QStringLiteral("stdout is not one JSON document: ") + QString::fromUtf8(run.stdoutData.left(200))));
        }
        QStringList errors = compareJson(c.expected["stdout"], got, c.worker == "health_check");
        if (c.worker == "probe" || c.worker == "summarize")
            errors << compareRequests(c.expected["requests"], m_mock.requests(),
                                      c.worker == "summarize" ? &c.stdinText : nullptr);
        if (!errors.isEmpty()) QFAIL(qPrintable(errors.mid(0, 8).join(QStringLiteral("\n     "))));
    }

private:
    QString m_file;
    std::vector<GoldenCase> m_cases;
    MockProviderServer m_mock;
};

QTEST_GUILESS_MAIN(GoldenWorkersTest)
#include "tst_golden_workers.moc"
