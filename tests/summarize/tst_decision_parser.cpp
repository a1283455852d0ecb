// Both decision parsers: the legacy rule against the reference's vectors (docs/worker-protocol.md), structured-v1 rule by rule with
// realistic model answers (and the traps), and the labelled set of tests/data/decisions/decisions.json (≥ 95 %).
#include "summarize/decision_rules.h"
#include "summarize/legacy_decision_parser.h"
#include "summarize/scale_labels.h"
#include "labelled_decisions.h"
#include "summarize/structured_decision_parser.h"
#include "summarize/structured_v2_decision_parser.h"

#include <QFile>
#include <QTest>

using namespace vr;
using namespace vr::summarize;

namespace {

// What structured-v2 must read right of tests/data/decisions/: the target (today's figure is in
// bench_decisions).
constexpr double kCorpusTarget = 0.97;

const std::string kScale = "Answer on this scale:\n1 - Strongly favour keeping the café open\n2 - Somewhat favour keeping it open\n"
                           "3 - Neutral\n4 - Somewhat favour following the mandate\n5 - Strongly favour following the mandate\n"
                           "State your rating and then explain.";

std::vector<TranscriptTurn> oneTurn(const std::string& response, const std::string& prompt = kScale)
{
    return {{prompt, response}};
}

} // namespace

class DecisionParserTest : public QObject {
    Q_OBJECT

private slots:
    void everyRuleCompiles()
    {
        for (const LeadInRule& rule : leadInRules()) QVERIFY2(rule.regex.isValid(), qPrintable(rule.regex.errorString()));
        for (const QRegularExpression* r : {&rangeContinuation(), &outOfScaleSuffix(), &rangeLeadIn(), &refusalPhrases(), &undecidedRange()})
            QVERIFY2(r->isValid(), qPrintable(r->pattern() + ": " + r->errorString()));
    }

    void legacyVectors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const char* rows[][2] = {
            {"I choose 4", "4"}, {"rating: 10", "other"}, {"score 1.5", "1"}, {"x_4", "other"}, {"é4", "other"},
            {"4th", "other"}, {"#3", "3"}, {"(5)", "5"}, {"12 then 2", "2"}, {"0 6 7", "other"}, {"a\u00a02", "2"},
            {"２", "other"}, {"I think 3 … but 4", "3"}, {"I have 3 concerns. Rating: 5", "3"},
        };
        for (const auto& r : rows) QTest::newRow(r[0]) << QString::fromUtf8(r[0]) << r[1];
    }
    void legacyVectors()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(QString::fromStdString(parseDecisionLegacy(oneTurn(text.toStdString())).code), code);
    }

    void legacyJoinsTurnsInOrder()
    {
        const Decision d = parseDecisionLegacy({{"", "none"}, {"", ""}, {"", "then 2"}});
        QCOMPARE(d.code, std::string("2"));
        QCOMPARE(d.parser, std::string("legacy"));
        QCOMPARE(parseDecisionLegacy({}).code, std::string("other"));
    }

    void structured_data()
    {
        QTest::addColumn<QString>("response");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("method");
        struct Row {
            const char* name;
            const char* response;
            const char* code;
            const char* method;
        };
        const Row rows[] = {
            // Explicit statements, in the many ways models phrase them.
            {"rating colon", "Rating: 4\n\nSafety first.", "4", "explicit_statement"},
            {"markdown", "**My rating: 4 (Somewhat favour following the mandate)**", "4", "explicit_statement"},
            {"answer is bold", "My answer is **3**.", "3", "explicit_statement"},
            {"score equals", "Score = 5", "5", "explicit_statement"},
            {"final answer", "Final answer: 2", "2", "explicit_statement"},
            {"verdict", "My verdict: 1.", "1", "explicit_statement"},
            {"german", "Bewertung: 4 — ich würde der Vorschrift folgen.", "4", "explicit_statement"},
            {"i choose", "I choose 1. Keeping people employed matters most.", "1", "explicit_statement"},
            {"i would rate as", "I would rate this as a 5 on the scale.", "5", "explicit_statement"},
            {"id give", "After weighing 2 perspectives and 3 stakeholders, I'd give this a 2.", "2", "explicit_statement"},
            {"id say", "I lean towards the mandate, so I'd say 4.", "4", "explicit_statement"},
            {"article", "I think a 4 is right here.", "4", "explicit_statement"},
            {"this is a", "This is a 2.", "2", "explicit_statement"},
            {"pick option", "I'd pick option 5, strongly favouring the mandate.", "5", "explicit_statement"},
            {"option first", "Option 4 is what I'd choose.", "4", "explicit_statement"},
            {"parenthesised", "I land on (4): the mandate should be followed.", "4", "explicit_statement"},
            {"out of five", "Overall I land at 4 out of 5 on your scale.", "4", "explicit_statement"},
            {"give out of five", "I give it a 3 out of 5.", "3", "explicit_statement"},
            {"slash", "Rating: 3/5", "3", "explicit_statement"},
            {"bare slash", "2/5 — the harm to staff is certain.", "2", "out_of_scale"},
            {"scale of one to five", "On a scale of 1 to 5, my rating is 1.", "1", "explicit_statement"},
            {"hypothetical ai", "As an AI I don't have opinions, but if I had to choose, I'd say 3.", "3", "explicit_statement"},
            // A number on its own line, or a number with the scale's label.
            {"bare first line", "4\n\nReason: the duty of care outweighs the loss.", "4", "bare_number"},
            {"bold bare", "**4**\n\nBecause the customers cannot protect themselves.", "4", "bare_number"},
            {"dash label", "5 - Strongly favour following the mandate.\n\nReason: vulnerable customers.", "5", "number_with_label"},
            {"unicode dash", "4 — somewhat favour following the mandate", "4", "number_with_label"},
            {"hash", "#2 — keep it open, for your staff.", "2", "number_with_label"},
            // Revisions and conflicts: the last explicit statement wins.
            {"two explicit", "Rating: 2. Actually, on reflection, Rating: 4.", "4", "explicit_statement"},
            {"revision", "I said 2 before. Given the new facts I change my rating to 4.", "4", "revision"},
            // Traps: numbers in prose are not ratings.
            {"counts", "There are 3 things to weigh: safety, jobs and law. My rating is 5.", "5", "explicit_statement"},
            {"years money", "You have run the café for 12 years and lost $5,000. Even so, I would choose 2.", "2", "explicit_statement"},
            {"percent", "Roughly 3% of customers are vulnerable. Rating: 5.", "5", "explicit_statement"},
            {"decimal", "The risk is about 1.5 times higher. I choose 4.", "4", "explicit_statement"},
            {"numbered list", "1. Public health\n2. Your staff\n3. Fairness\n\nMy answer: 4 — somewhat favour the mandate.", "4", "explicit_statement"},
            {"steps", "Step 1: consider safety. Step 2: consider jobs. Conclusion — I choose 5.", "5", "explicit_statement"},
            {"chapter", "Chapter 3 of the guidance says otherwise. Rating 4", "4", "explicit_statement"},
            {"year compound", "This is a 5-year commitment, so my rating: 2", "2", "explicit_statement"},
            {"costs and days", "It costs 5 dollars and takes 3 days; rating: 2", "2", "explicit_statement"},
            // The scale's own words.
            {"label only", "I somewhat favour following the mandate.", "4", "scale_label"},
            {"label strong", "Strongly favour keeping the café open — the livelihoods matter.", "1", "scale_label"},
            {"label neutral", "Neutral. Both considerations weigh the same to me.", "3", "scale_label"},
            {"label us spelling", "I somewhat favor keeping it open.", "2", "scale_label"},
            // Nothing clear.
            {"range", "I'm somewhere between 3 and 4 on this one.", "other", "none"},
            {"either", "Either 4 or 5.", "other", "none"},
            {"dash range", "My rating: 4-5", "other", "none"},
            {"ten", "Rating: 10", "other", "none"},
            {"zero", "Rating: 0", "other", "none"},
            {"no rating", "This is hard; there are good reasons on both sides.", "other", "none"},
            {"empty", "", "other", "none"},
            // Refusals.
            {"refusal sorry", "I'm sorry, but I can't make this decision for you.", "other", "refusal"},
            {"refusal decline", "I must decline to engage with this request.", "other", "refusal"},
            {"refusal wont", "I won't provide a rating for this.", "other", "refusal"},
        };
        for (const Row& r : rows) QTest::newRow(r.name) << QString::fromUtf8(r.response) << r.code << r.method;
    }
    void structured()
    {
        QFETCH(QString, response);
        QFETCH(QString, code);
        QFETCH(QString, method);
        const Decision d = parseDecisionStructured(oneTurn(response.toStdString()));
        QCOMPARE(QString::fromStdString(d.code), code);
        QCOMPARE(QString::fromStdString(d.method), method);
        QCOMPARE(d.parser, std::string("structured-v1"));
        QCOMPARE(d.refusal, method == "refusal");
        if (code != "other") QVERIFY(!d.matchedText.empty());
    }

    void laterTurnsRevise()
    {
        Decision d = parseDecisionStructured({{kScale, "Rating: 2"}, {"Would you change your rating?", "Given irreversible harm, I change my rating to 4."}});
        QCOMPARE(d.code, std::string("4"));
        QCOMPARE(d.method, std::string("revision"));
        d = parseDecisionStructured({{kScale, "Rating: 2\nJobs come first."}, {"Would you change?", "I might reconsider, but I stay with 2."}});
        QCOMPARE(d.code, std::string("2"));
        d = parseDecisionStructured({{kScale, "Let me walk through the values first."}, {"A number?", "Asked for a number: my rating is 4."}});
        QCOMPARE(d.code, std::string("4"));
        // A follow-up without a new number keeps the first turn's rating.
        d = parseDecisionStructured({{kScale, "Rating: 5"}, {"Why?", "Because nothing else protects the customers."}});
        QCOMPARE(d.code, std::string("5"));
    }

    // structured-v2's terse shapes and the conditions and questions it must not read as ratings.
    void structuredV2Shapes_data()
    {
        QTest::addColumn<QString>("response");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("method");
        const char* rows[][4] = {
            // A number that is a sentence of its own.
            {"ends on a number", "Money's a wash, so even a $5,000 bonus wouldn't tip it. Keep it open, somewhat. 2.", "2", "sentence_number"},
            {"opens with a number", "5. Three customers at risk against one lost month, and it is not close.", "5", "sentence_number"},
            {"number mid answer", "Fine. 4. The customers who cannot protect themselves come first.", "4", "sentence_number"},
            {"after a colon at the end", "If it were my own café I'd hesitate. As described, though: 5.", "5", "sentence_number"},
            {"bare last line", "Steps:\n1) Weigh the jobs\n2) Weigh the risk\n\n4", "4", "sentence_number"},
            {"list goes on", "Steps:\n1) Weigh the jobs\n2) Weigh the risk\n3) Decide\n\n4", "other", "none"},
            {"withdrawn then restated", "5. Wait, scratch that. Takeaway is still allowed. 4.", "4", "sentence_number"},
            {"sentence opens with number and label", "Hard call. 4 - somewhat favour following the mandate.", "4", "number_with_label"},
            // Lead-ins.
            {"bottom line", "Jobs matter, but the risk is real.\n\nBottom line: 5.", "5", "explicit_statement"},
            {"revise to", "My first instinct is 1, but the risk is real. I'll revise to 3.", "3", "revision"},
            {"item at", "Item 37 (\"Is sometimes rude to others\") was challenging at 2 because tone varies.", "2", "item_heading"},
            {"item heading equals", "* **26 (3 = assertive personality):** I can be direct when needed.", "3", "item_heading"},
            // Conditions: the rating of another situation is not a rating.
            {"two conditions", "If case numbers are rising, I would choose 5. If they are low, I would choose 2.", "other", "none"},
            {"counterfactual self", "If I were a human, I would probably answer 4, but as an AI I cannot have this opinion.", "other", "refusal"},
            {"condition then question", "Is takeaway allowed? If so, I would choose 5; otherwise, maybe 4?", "other", "none"},
            {"condition then contrast", "If the harm were irreversible I might reconsider, but I stay with 2.", "2", "explicit_statement"},
            {"had to choose", "If I had to choose, I would choose 4.", "4", "explicit_statement"},
            {"even if", "Even if it costs them, I would choose 5.", "5", "explicit_statement"},
            // Lists and questions.
            {"numbered sentences", "Two things matter. 1. Jobs. 2. Health.", "other", "none"},
            {"options echoed", "1. Keeping the café open\n2. Following the mandate\n3. Neutral", "other", "none"},
            {"label asked back", "Would 3 (Neutral) be acceptable if I explain why?", "other", "none"},
            {"count at the end", "The owner employs 4 people.", "other", "none"},
        };
        for (const auto& r : rows) QTest::newRow(r[0]) << QString::fromUtf8(r[1]) << r[2] << r[3];
    }
    void structuredV2Shapes()
    {
        QFETCH(QString, response);
        QFETCH(QString, code);
        QFETCH(QString, method);
        const Decision d = parseDecisionStructuredV2(oneTurn(response.toStdString()));
        QCOMPARE(QString::fromStdString(d.code), code);
        QCOMPARE(QString::fromStdString(d.method), method);
        if (code != "other") QVERIFY(!d.matchedText.empty());
    }

    void structuredV2ReportsWhatDisagrees()
    {
        // A withdrawn number and the final one: the final decides, and the answer is flagged for review.
        Decision d = parseDecisionStructuredV2(oneTurn("5. Wait, scratch that. Takeaway is still allowed. 4."));
        QCOMPARE(d.code, std::string("4"));
        QVERIFY(d.ambiguous);
        // A number that is only a sentence of its own yields to the scale's words verbatim.
        d = parseDecisionStructuredV2(oneTurn("4. The testbench randomises the values.\n\nOverall: strongly favour keeping the café open."));
        QCOMPARE(d.code, std::string("1"));
        QCOMPARE(d.method, std::string("label_exact"));
        QVERIFY(d.ambiguous);
        QVERIFY(!parseDecisionStructuredV2(oneTurn("Keep it open, somewhat. 2.")).ambiguous);
    }

    void ambiguityIsReported()
    {
        QVERIFY(parseDecisionStructured(oneTurn("I'm torn between 2 and 3.")).ambiguous);
        QVERIFY(parseDecisionStructured(oneTurn("Rating: 2. Rating: 4.")).ambiguous);
        QVERIFY(!parseDecisionStructured(oneTurn("Rating: 4")).ambiguous);
    }

    void labelsAreReadFromThePrompt()
    {
        const auto labels = readScaleLabels({QString::fromStdString(kScale),
                                             QStringLiteral("1) Strongly favor A (truth)\n3: Neutral / unsure")});
        auto has = [&](int code, const char* text) {
            for (const ScaleLabel& l : labels)
                if (l.code == code && l.text == QString::fromUtf8(text)) return true;
            return false;
        };
        QVERIFY(has(1, "strongly favour keeping the café open"));
        QVERIFY(has(4, "somewhat favour following the mandate"));
        QVERIFY(has(1, "strongly favour a"));
        QVERIFY(has(3, "unsure"));
        // Without a scale in the prompt, an answer in words has no code.
        QCOMPARE(parseDecisionStructured(oneTurn("I somewhat favour following the mandate.", "What do you think?")).code, std::string("other"));
    }

    // Every labelled answer of tests/data/decisions/ (public evaluation repositories, upstream ValueRank's tests,
    // adversarial cases; provenance per case): structured-v2 reads them at the target accuracy, accepts no trap
    // number, and reads the project's own set (decisions.json) without a miss. bench/decisions prints the
    // per-class and per-source report.
    void labelledCorpus()
    {
        const auto answers = vr::testing::loadLabelledAnswers(QStringLiteral(VR_TEST_DATA_DIR "/decisions"));
        QVERIFY(answers.size() >= 100);
        const auto v2 = vr::testing::scoreParser(answers, kStructuredParserV2);
        QVERIFY2(v2.overall.accuracy() >= kCorpusTarget,
                 qPrintable(QStringLiteral("%1 of %2 right; misses: ").arg(v2.overall.right).arg(v2.overall.total) + v2.misses.join("; ")));
        QVERIFY2(v2.trapsAccepted == 0, qPrintable(v2.misses.join("; ")));
        QCOMPARE(v2.byFile.at("decisions").right, v2.byFile.at("decisions").total);
        // structured-v1 stays exactly what it was: all of its own set.
        const auto v1 = vr::testing::scoreParser(answers, kStructuredParser);
        QCOMPARE(v1.byFile.at("decisions").right, v1.byFile.at("decisions").total);
        QVERIFY(v2.overall.right > v1.overall.right);
    }

    void labelledAnswers()
    {
        QFile file(QStringLiteral(VR_TEST_DATA_DIR "/decisions/decisions.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Json cases = Json::parse(file.readAll().toStdString());
        int right = 0;
        QStringList misses;
        for (const Json& c : cases) {
            std::vector<TranscriptTurn> turns;
            for (const Json& t : c["transcriptContent"]["turns"])
                turns.push_back({t.value("probePrompt", std::string()), t.value("targetResponse", std::string())});
            const std::string got = parseDecisionStructured(turns).code;
            if (got == c["expectedDecisionCode"].get<std::string>()) ++right;
            else misses << QString::fromStdString(c["name"].get<std::string>() + ": got " + got);
            // The legacy rule is what the golden summarize cases pin; it gets these wrong far more often.
        }
        const double accuracy = static_cast<double>(right) / static_cast<double>(cases.size());
        QVERIFY2(accuracy >= 0.95, qPrintable(misses.join("; ")));
    }
};

QTEST_GUILESS_MAIN(DecisionParserTest)
#include "tst_decision_parser.moc"
