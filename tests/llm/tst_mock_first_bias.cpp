// The mock provider's first-position bias (docs/worker-protocol.md, "The mock provider"): `?first-bias=<δ>` is
// parsed and a malformed one refused before any call; the mock reads which option it is shown first from the
// rendered prompt; its opinion belongs to the pair of options, so as written and mirrored it answers L − δ and
// 6 − (L + δ) on average; free-text prompts answer as before when δ = 0.
#include "llm/mock_model.h"
#include "llm/mock_options.h"
#include "llm/mock_presented_options.h"
#include "llm/model_route.h"
#include "project/scenario.h"
#include "protocol/worker_error.h"

#include <QTest>

#include <cmath>

using namespace vr;

namespace {

project::Scenario declared(int i)
{
    project::Scenario s;
    s.name = QStringLiteral("s%1").arg(i);
    s.prompt = QStringLiteral("Case %1.").arg(i);
    s.options = project::ScenarioOptions{QStringLiteral("tell the truth in case %1").arg(i), QStringLiteral("keep the secret in case %1").arg(i),
                                         {QStringLiteral("Strongly truth"), QStringLiteral("Lean truth"), QStringLiteral("Unsure"),
                                          QStringLiteral("Lean secret"), QStringLiteral("Strongly secret")}};
    return s;
}

int rating(const std::string& model, const QString& prompt, int seed)
{
    llm::ChatRequest request;
    request.modelId = "mock:" + model;
    request.messages = {{"user", prompt.toStdString()}};
    request.seed = seed;
    const std::string answer = llm::mockRespond(model, request).content;
    const auto at = answer.rfind("Rating: ");
    return at == std::string::npos ? -1 : std::stoi(answer.substr(at + 8));
}

} // namespace

class MockFirstBiasTest : public QObject {
    Q_OBJECT

private slots:
    void settingsAreParsedAndMalformedOnesRefused()
    {
        QCOMPARE(llm::parseMockOptions("m").name, std::string("m"));
        QCOMPARE(llm::parseMockOptions("m").firstBias, 0.0);
        const llm::MockOptions biased = llm::parseMockOptions("m?first-bias=0.5");
        QCOMPARE(biased.name, std::string("m"));
        QCOMPARE(biased.firstBias, 0.5);
        for (const char* bad : {"?first-bias=0.5", "m?bias=1", "m?first-bias=x", "m?first-bias=3", "m?first-bias=", "m?first-bias=-0.1"})
            QVERIFY_THROWS_EXCEPTION(WorkerError, llm::parseMockOptions(bad));
        // Refused when the model is routed, before any call is made.
        QVERIFY_THROWS_EXCEPTION(WorkerError, llm::routeModel("mock:m?first-bias=lots"));
        QCOMPARE(llm::routeModel("mock:m?first-bias=0.25").model, std::string("m?first-bias=0.25"));
    }

    void theOptionShownFirstIsReadFromTheRenderedPrompt()
    {
        const project::Scenario s = declared(1);
        const auto shown = llm::presentedOptions(s.probePrompt().toStdString());
        QVERIFY(shown);
        QCOMPARE(shown->first, std::string("tell the truth in case 1"));
        const auto mirrored = llm::presentedOptions(s.mirrored().probePrompt().toStdString());
        QVERIFY(mirrored);
        QCOMPARE(mirrored->first, std::string("keep the secret in case 1"));
        QCOMPARE(mirrored->second, std::string("tell the truth in case 1"));
        QVERIFY(!llm::presentedOptions("Option A or B? Rate 1-5."));
        QVERIFY(!llm::presentedOptions("Option A: x\nOption A: y\nOption B: z"));
    }

    void theBiasMovesAnswersTowardTheFirstShownOption()
    {
        // 20 scenarios × 100 seeds per order: the mean of 2 000 answers, each of variance ≤ 1/4, is within
        // 0.5/√2000 ≈ 0.011 of its expectation per standard error; 0.05 is more than 4 of them.
        for (double delta : {0.0, 0.5}) {
            const std::string model = delta > 0 ? "judge?first-bias=0.5" : "judge";
            double original = 0, recodedMirror = 0;
            int n = 0;
            for (int i = 0; i < 20; ++i) {
                const project::Scenario s = declared(i);
                for (int seed = 0; seed < 100; ++seed) {
                    const int asWritten = rating(model, s.probePrompt(), seed);
                    const int mirror = rating(model, s.mirrored().probePrompt(), seed);
                    QVERIFY(asWritten >= 1 && asWritten <= 5 && mirror >= 1 && mirror <= 5);
                    original += asWritten;
                    recodedMirror += 6 - mirror;
                    ++n;
                }
            }
            const double effect = (recodedMirror - original) / n / 2.0;
            QVERIFY2(std::abs(effect - delta) < 0.05, qPrintable(QStringLiteral("δ %1: effect %2").arg(delta).arg(effect)));
        }
    }

    void theBiasedMockNeverLeansLessTowardTheFirstOption()
    {
        // The same name shares the unbiased opinion and the seeded rounding: with a bias, each answer is at most
        // the unbiased one in the scale it is shown, as written and mirrored.
        int lower = 0;
        for (int i = 0; i < 10; ++i)
            for (const QString& prompt : {declared(i).probePrompt(), declared(i).mirrored().probePrompt()})
                for (int seed = 0; seed < 20; ++seed) {
                    const int unbiased = rating("judge", prompt, seed), biased = rating("judge?first-bias=0.5", prompt, seed);
                    QVERIFY(biased <= unbiased);
                    lower += biased < unbiased;
                }
        QVERIFY2(lower > 100, qPrintable(QString::number(lower))); // about half of 400 answers move down by one
    }

    void freeTextAnswersAreUnchangedWithoutABias()
    {
        const QString prompt = QStringLiteral("Dilemma number 3: option A or option B? Rate 1-5.");
        for (int seed = 0; seed < 20; ++seed) {
            QCOMPARE(rating("alpha?first-bias=0", prompt, seed), rating("alpha", prompt, seed));
            QVERIFY(rating("alpha?first-bias=2", prompt, seed) <= rating("alpha", prompt, seed));
        }
    }
};

QTEST_GUILESS_MAIN(MockFirstBiasTest)
#include "tst_mock_first_bias.moc"
