// valuerank-generate-scenarios from the outside (docs/worker-protocol.md, "generate-scenarios"): the fixture inputs
// give exactly the envelopes tests/data/templates/make_expected.py derives (upstream's names and texts, the
// documented seeded choice), and bad input is a VALIDATION_ERROR envelope in words, on one line, exit status 0.
#include "golden_case.h"

#include <QFile>
#include <QTest>

using namespace vr;
using namespace vr::test;

namespace {

const QString kWorker = QStringLiteral(VR_BIN_DIR "/valuerank-generate-scenarios");

ProcessResult runWorker(const QByteArray& input)
{
    return runProcess(kWorker, input, goldenEnvironment(Json::object(), 9));
}

// The one envelope on stdout, after checking the process contract.
nlohmann::json envelopeOf(const ProcessResult& run)
{
    if (!run.finished || run.exitCode != 0 || run.stdoutData.count('\n') != 1 || !run.stdoutData.endsWith('\n')) return nullptr;
    for (const QByteArray& line : run.stderrData.split('\n'))
        if (!line.isEmpty() && !nlohmann::json::accept(line.toStdString())) return nullptr;
    return nlohmann::json::parse(run.stdoutData.toStdString(), nullptr, false);
}

Json cases()
{
    QFile f(QStringLiteral(VR_TEST_DATA_DIR "/templates/worker_cases.json"));
    return f.open(QIODevice::ReadOnly) ? Json::parse(f.readAll().toStdString()) : Json();
}

} // namespace

class GenerateScenariosWorkerTest : public QObject {
    Q_OBJECT

private slots:
    void fixtureInputsGiveTheirEnvelopes_data()
    {
        QTest::addColumn<int>("index");
        const Json all = cases();
        QVERIFY(all.is_array() && all.size() >= 7);
        for (size_t i = 0; i < all.size(); ++i) QTest::newRow(all[i]["name"].get<std::string>().c_str()) << int(i);
    }

    void fixtureInputsGiveTheirEnvelopes()
    {
        QFETCH(int, index);
        const Json c = cases()[size_t(index)];
        const ProcessResult run = runWorker(QByteArray::fromStdString(c["input"].dump()));
        const nlohmann::json got = envelopeOf(run);
        QVERIFY2(!got.is_null() && !got.is_discarded(), run.stdoutData.left(300).constData());
        const nlohmann::json expected = nlohmann::json::parse(c["expected"].dump());
        if (got != expected) {
            for (size_t i = 0; i < std::min(got.value("scenarios", nlohmann::json::array()).size(), expected["scenarios"].size()); ++i)
                QCOMPARE(QString::fromStdString(got["scenarios"][i].dump()), QString::fromStdString(expected["scenarios"][i].dump()));
            QCOMPARE(QString::fromStdString(got.dump()), QString::fromStdString(expected.dump()));
        }
        // Non-ASCII and the whole document on one line, as Python's json.dumps writes it.
        QVERIFY(!run.stdoutData.trimmed().contains('\n'));
    }

    void badInputIsAValidationErrorInWords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        // upstream's TestRunGeneration.test_validate_input: {} and {"definitionId": "ok"} are refused.
        QTest::newRow("{}") << QByteArray("{}") << "Missing required field: definitionId";
        QTest::newRow("no content") << QByteArray(R"({"definitionId": "ok"})") << "content must be an object";
        QTest::newRow("content not an object") << QByteArray(R"({"definitionId": "ok", "content": "x"})") << "content must be an object";
        QTest::newRow("no template") << QByteArray(R"({"definitionId": "ok", "content": {}})") << "content.template is required";
        QTest::newRow("a list") << QByteArray("[]") << "Missing required field: definitionId";
        QTest::newRow("null") << QByteArray("null") << "Missing required field: definitionId";
        QTest::newRow("empty") << QByteArray("") << "No input provided";
        QTest::newRow("invalid JSON") << QByteArray("{\"definitionId\": ") << "Invalid JSON input: ";
        QTest::newRow("negative seed") << QByteArray(R"({"definitionId": "d", "content": {"template": "t"}, "seed": -1})")
                                       << "seed must be a whole number from 0 to 18446744073709551615";
        QTest::newRow("seed as text") << QByteArray(R"({"definitionId": "d", "content": {"template": "t"}, "seed": "7"})")
                                      << "seed must be a whole number from 0 to 18446744073709551615";
        QTest::newRow("unknown placeholder")
            << QByteArray(R"({"definitionId": "d", "content": {"template": "The [Stake].", "dimensions": [{"name": "Stakes", "values": ["a"]}]}})")
            << "unknown placeholder [Stake] (line 1): the dimensions are Stakes; a placeholder is [Name] or [Name_ScoreN]";
        QTest::newRow("dimension without levels")
            << QByteArray(R"({"definitionId": "d", "content": {"template": "[A]", "dimensions": [{"name": "A", "levels": []}]}})")
            << "dimension 1 \"A\" has no levels";
        QTest::newRow("duplicate scores")
            << QByteArray(R"({"definitionId": "d", "content": {"template": "[A]", "dimensions": [{"name": "A", "levels": [{"score": 1, "label": "x"}, {"score": 1, "label": "y"}]}]}})")
            << "dimension 1 \"A\": score 1 is used twice (levels 1 and 2)";
    }

    void badInputIsAValidationErrorInWords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const ProcessResult run = runWorker(input);
        const nlohmann::json envelope = envelopeOf(run);
        QVERIFY2(envelope.is_object(), run.stdoutData.constData());
        QCOMPARE(envelope["success"].get<bool>(), false);
        QCOMPARE(QString::fromStdString(envelope["error"]["code"].get<std::string>()), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(envelope["error"]["retryable"].get<bool>(), false);
        const QString text = QString::fromStdString(envelope["error"]["message"].get<std::string>());
        QVERIFY2(message.endsWith(QLatin1String(": ")) ? text.startsWith(message) : text == message, qPrintable(text));
    }

    void sameInputSameBytes()
    {
        const QByteArray input = QByteArray::fromStdString(cases()[4]["input"].dump());
        const ProcessResult first = runWorker(input);
        const ProcessResult second = runWorker(input);
        QVERIFY(!first.stdoutData.isEmpty());
        QCOMPARE(second.stdoutData, first.stdoutData);
    }
};

QTEST_GUILESS_MAIN(GenerateScenariosWorkerTest)
#include "tst_generate_scenarios_worker.moc"
