// Expansion against what ValueRank's generate_scenarios produces (docs/templates.md): upstream's own test cases with
// their assertions verbatim, upstream's example definitions, and the seeded choice among options, whose expected
// texts tests/data/templates/make_expected.py derives in Python from docs/templates.md alone.
#include "templates/combination_key.h"
#include "templates/seeded_options.h"
#include "templates/template_error.h"
#include "templates/template_expansion.h"
#include "templates/template_file.h"
#include "templates/template_fill.h"
#include "templates/template_reader.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace vr;
using namespace vr::templates;

namespace {

Json load(const QString& relative)
{
    QFile f(QStringLiteral(VR_TEST_DATA_DIR "/templates/") + relative);
    if (!f.open(QIODevice::ReadOnly)) return nullptr;
    return Json::parse(f.readAll().toStdString());
}

QString errorOf(const ScenarioTemplate& t)
{
    try {
        expandTemplate(t, 0);
    } catch (const TemplateError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

// Upstream's passes without our checks: every combination, first dimension slowest, with the chooser given.
QList<QPair<QString, QString>> fillEveryCombination(const ScenarioTemplate& t, quint64 seed)
{
    QList<QPair<QString, QString>> out;
    const TemplateFiller filler(t);
    std::vector<qsizetype> index(size_t(t.dimensions.size()), 0);
    for (bool more = true; more;) {
        Combination combination;
        QStringList name;
        DimensionScores scores;
        for (qsizetype d = 0; d < t.dimensions.size(); ++d) {
            const TemplateLevel& level = t.dimensions[d].levels[index[size_t(d)]];
            combination.push_back(&level);
            name << t.dimensions[d].name + QLatin1Char('_') + QString::number(level.score);
            scores.append({t.dimensions[d].name, level.score});
        }
        SeededOptions options(seed, combinationKey(scores));
        out.append({name.join(QStringLiteral(" / ")), filler.fill(combination, [&](const TemplateLevel& l) { return options.choose(l); })});
        more = false;
        for (qsizetype d = t.dimensions.size() - 1; d >= 0 && !more; --d) {
            more = ++index[size_t(d)] < t.dimensions[d].levels.size();
            if (!more) index[size_t(d)] = 0;
        }
    }
    return out;
}

QStringList strings(const Json& list)
{
    QStringList out;
    for (const Json& s : list) out << QString::fromStdString(s.get<std::string>());
    return out;
}

Json dimensionsJson(const ExpandedScenario& s)
{
    Json d = Json::object();
    for (const auto& [name, score] : s.dimensions) d[name.toStdString()] = score;
    return d;
}

// Upstream's assertion on one scenario ([kind, value] as in make_expected.py), against our prompt and fields.
bool holds(const Json& assertion, const QString& prompt, const Json& dimensions, const QString& preamble)
{
    const std::string kind = assertion[0].get<std::string>();
    const Json& value = assertion[1];
    if (kind == "contains") return prompt.contains(QString::fromStdString(value.get<std::string>()));
    if (kind == "prompt") return prompt == QString::fromStdString(value.get<std::string>());
    if (kind == "containsOneOf") {
        for (const QString& v : strings(value))
            if (prompt.contains(v)) return true;
        return false;
    }
    if (kind == "dimensions") return nlohmann::json::parse(dimensions.dump()) == nlohmann::json::parse(value.dump());
    if (kind == "preamble") return value.is_null() ? preamble.isEmpty() : preamble == QString::fromStdString(value.get<std::string>());
    return false;
}

} // namespace

class TemplateExpansionTest : public QObject {
    Q_OBJECT

private slots:
    void upstreamTestCases_data()
    {
        QTest::addColumn<int>("index");
        const Json cases = load(QStringLiteral("upstream_cases.json"));
        QVERIFY(cases.is_array() && cases.size() >= 15);
        for (size_t i = 0; i < cases.size(); ++i) QTest::newRow(cases[i]["source"].get<std::string>().c_str()) << int(i);
    }

    void upstreamTestCases()
    {
        QFETCH(int, index);
        const Json c = load(QStringLiteral("upstream_cases.json"))[size_t(index)];
        const ScenarioTemplate t = templateFromContent(c["content"]);
        const Json& expected = c["scenarios"];
        if (c.contains("ourError")) {
            // Where we refuse what upstream accepts, its passes still give upstream's texts.
            QCOMPARE(errorOf(t), QString::fromStdString(c["ourError"].get<std::string>()));
            const auto filled = fillEveryCombination(t, 0);
            QCOMPARE(filled.size(), qsizetype(expected.size()));
            for (size_t i = 0; i < expected.size(); ++i) {
                QCOMPARE(filled[qsizetype(i)].first, QString::fromStdString(expected[i]["name"].get<std::string>()));
                QVERIFY(strings(expected[i]["prompts"]).contains(filled[qsizetype(i)].second));
                for (const Json& a : c["assertions"].value(expected[i]["name"].get<std::string>(), Json::array()))
                    QVERIFY2(holds(a, filled[qsizetype(i)].second, Json::object(), QString()), a.dump().c_str());
            }
            return;
        }
        const Expansion e = expandTemplate(t, 0);
        QCOMPARE(e.scenarios.size(), qsizetype(expected.size()));
        for (size_t i = 0; i < expected.size(); ++i) {
            const ExpandedScenario& s = e.scenarios[qsizetype(i)];
            QCOMPARE(s.name, QString::fromStdString(expected[i]["name"].get<std::string>()));
            QVERIFY2(strings(expected[i]["prompts"]).contains(s.prompt), qPrintable(s.prompt));
            QVERIFY(nlohmann::json::parse(dimensionsJson(s).dump()) == nlohmann::json::parse(expected[i]["dimensions"].dump()));
            QCOMPARE(s.preamble, expected[i]["preamble"].is_null() ? QString() : QString::fromStdString(expected[i]["preamble"].get<std::string>()));
            for (const Json& a : c["assertions"].value(expected[i]["name"].get<std::string>(), Json::array()))
                QVERIFY2(holds(a, s.prompt, dimensionsJson(s), s.preamble), a.dump().c_str());
        }
    }

    void upstreamExampleDefinitions_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"trans-athlete.yaml", "exp-test.yaml", "second-test-scenario.yaml"}) QTest::newRow(f) << QString::fromUtf8(f);
    }

    // Each example has a placeholder no dimension answers to: we refuse it, saying which and where; upstream's
    // passes (which leave such placeholders in the text) give the texts upstream would.
    void upstreamExampleDefinitions()
    {
        QFETCH(QString, file);
        const Json expected = load(QStringLiteral("upstream/expected.json"))[file.toStdString()];
        const ScenarioTemplate t = readTemplateFile(QStringLiteral(VR_TEST_DATA_DIR "/templates/upstream/") + file);
        QCOMPARE(errorOf(t), QString::fromStdString(expected["ourError"].get<std::string>()));
        const auto filled = fillEveryCombination(t, 0);
        QCOMPARE(filled.size(), qsizetype(expected["scenarios"].size()));
        for (size_t i = 0; i < expected["scenarios"].size(); ++i) {
            const Json& s = expected["scenarios"][i];
            QCOMPARE(filled[qsizetype(i)].first, QString::fromStdString(s["name"].get<std::string>()));
            QVERIFY2(strings(s["prompts"]).contains(filled[qsizetype(i)].second), qPrintable(filled[qsizetype(i)].second));
        }
    }

    void seededTextsMatchTheDocumentedGenerator_data()
    {
        QTest::addColumn<int>("index");
        const Json cases = load(QStringLiteral("worker_cases.json"));
        QVERIFY(cases.is_array() && !cases.empty());
        for (size_t i = 0; i < cases.size(); ++i)
            if (!cases[i]["input"]["content"].value("dimensions", Json::array()).empty())
                QTest::newRow(cases[i]["name"].get<std::string>().c_str()) << int(i);
    }

    void seededTextsMatchTheDocumentedGenerator()
    {
        QFETCH(int, index);
        const Json c = load(QStringLiteral("worker_cases.json"))[size_t(index)];
        const Expansion e = expandTemplate(templateFromContent(c["input"]["content"]), c["input"].value("seed", std::uint64_t(0)));
        const Json& expected = c["expected"]["scenarios"];
        QCOMPARE(e.scenarios.size(), qsizetype(expected.size()));
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(e.scenarios[qsizetype(i)].name, QString::fromStdString(expected[i]["name"].get<std::string>()));
            QCOMPARE(e.scenarios[qsizetype(i)].prompt, QString::fromStdString(expected[i]["content"]["prompt"].get<std::string>()));
        }
        QCOMPARE(e.warnings, strings(c["expected"]["metadata"]["warnings"]));
    }

    void sameSeedSameTextsOtherSeedsReachEveryOption()
    {
        const Json study = load(QStringLiteral("worker_cases.json"))[3]["input"]["content"];
        const ScenarioTemplate t = templateFromContent(study);
        QList<QString> first;
        for (const ExpandedScenario& s : expandTemplate(t, 12345).scenarios) first << s.prompt;
        QList<QString> again;
        for (const ExpandedScenario& s : expandTemplate(t, 12345).scenarios) again << s.prompt;
        QCOMPARE(again, first);
        // Over 64 seeds, the first scenario's "Worst case" (level 3 of Habitat, three options) takes each option.
        QSet<QString> worst;
        for (quint64 seed = 0; seed < 64; ++seed) worst << expandTemplate(t, seed).scenarios[0].prompt.section(QStringLiteral("Worst case: "), 1);
        QCOMPARE(worst, (QSet<QString>{"wetland.", "salt marsh.", "bog."}));
    }

    void anotherLevelLeavesTheOtherScenariosTexts()
    {
        Json content = load(QStringLiteral("worker_cases.json"))[3]["input"]["content"];
        QMap<QString, QString> before;
        for (const ExpandedScenario& s : expandTemplate(templateFromContent(content), 9).scenarios) before[s.name] = s.prompt;
        content["dimensions"][1]["levels"].push_back({{"score", 3}, {"label", "noticeable"}, {"options", {"a new tax", "a fee"}}});
        const Expansion after = expandTemplate(templateFromContent(content), 9);
        QCOMPARE(after.scenarios.size(), 18);
        int kept = 0;
        for (const ExpandedScenario& s : after.scenarios)
            if (before.contains(s.name)) {
                QCOMPARE(s.prompt, before[s.name]);
                ++kept;
            }
        QCOMPARE(kept, 12);
    }

    void namesAreWrittenAsGiven()
    {
        const Expansion e = expandTemplate(templateFromContent(Json::parse(
                                               R"({"template": "[Cost%1] [%2x]", "dimensions": [{"name": "Cost%1", "values": ["a"]}, {"name": "%2x", "values": ["b", "c"]}]})")),
                                           0);
        QCOMPARE(e.scenarios[1].name, QStringLiteral("Cost%1_1 / %2x_2"));
        QCOMPARE(e.scenarios[1].prompt, QStringLiteral("a c"));
    }

    void combinationKeyIgnoresDimensionOrder()
    {
        const std::string key = combinationKey({{QStringLiteral("Stakes"), 2}, {QStringLiteral("Certainty"), 1}});
        QCOMPARE(key, std::string(R"([["Certainty",1],["Stakes",2]])"));
        QCOMPARE(combinationKey({{QStringLiteral("Certainty"), 1}, {QStringLiteral("Stakes"), 2}}), key);
        QCOMPARE(combinationKey({{QStringLiteral("Zoë"), -3}, {QStringLiteral("Zoe"), 1}}), std::string("[[\"Zoe\",1],[\"Zoë\",-3]]"));
    }

    void fnvIsTheStandardOne()
    {
        QCOMPARE(fnv1a64(""), 0xcbf29ce484222325ull);
        QCOMPARE(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
        QCOMPARE(fnv1a64("foobar"), 0x85944171f73967e8ull);
    }

    void tooManyCombinationsIsAnError()
    {
        Json content = {{"template", "[A] [B] [C] [D] [E] [F]"}, {"dimensions", Json::array()}};
        for (const char* name : {"A", "B", "C", "D", "E", "F"}) {
            Json values = Json::array();
            for (int i = 0; i < 10; ++i) values.push_back("v" + std::to_string(i));
            content["dimensions"].push_back({{"name", name}, {"values", values}});
        }
        QCOMPARE(errorOf(templateFromContent(content)), QStringLiteral("the dimensions make more than 100000 combinations; a template may have at most 100000"));
    }
};

QTEST_GUILESS_MAIN(TemplateExpansionTest)
#include "tst_template_expansion.moc"
