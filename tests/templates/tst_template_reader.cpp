// Reading templates (docs/templates.md, "Format" and "Errors"): JSON and YAML give the same template, the older
// `values` form reads as levels, and every bad template is refused with a message that names what and where.
#include "templates/template_check.h"
#include "templates/template_error.h"
#include "templates/template_file.h"
#include "templates/template_reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vr;
using namespace vr::templates;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(text);
    return path;
}

// The message of the TemplateError that reading (and checking) the content throws, or "" when it is accepted.
QString problemWith(const QByteArray& contentJson)
{
    try {
        checkTemplate(templateFromContent(Json::parse(contentJson.toStdString())));
    } catch (const TemplateError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

const QByteArray kJson = R"({"name": "study", "content": {
  "preamble": "Answer as yourself.",
  "template": "A [Stakes] choice.\n5 - [Certainty]\nThen [Certainty_Score1].",
  "dimensions": [
    {"name": "Stakes", "levels": [{"score": 1, "label": "small", "options": ["a small", "a minor"], "description": "ignored"},
                                  {"score": 2, "label": "big"}]},
    {"name": "Certainty", "levels": [{"score": 1, "label": "unsure"}, {"score": 5, "label": "sure", "options": ["certain"]}]}]}})";

const QByteArray kYaml = R"(# the same template as kJson
name: study
content:
  preamble: Answer as yourself.
  template: |-
    A [Stakes] choice.
    5 - [Certainty]
    Then [Certainty_Score1].
  dimensions:
    - name: Stakes
      levels:
        - {score: 1, label: small, options: [a small, "a minor"], description: ignored}
        - score: 2
          label: big
    - name: Certainty
      levels:
        - {score: 1, label: unsure}
        - {score: 5, label: sure, options: [certain]}
)";

} // namespace

class TemplateReaderTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void jsonAndYamlReadTheSame()
    {
        const ScenarioTemplate fromJson = readTemplateFile(write(m_dir, QStringLiteral("t.json"), kJson));
        const ScenarioTemplate fromYaml = readTemplateFile(write(m_dir, QStringLiteral("t.yml"), kYaml));
        for (const ScenarioTemplate& t : {fromJson, fromYaml}) {
            QCOMPARE(t.name, QStringLiteral("study"));
            QCOMPARE(t.preamble, QStringLiteral("Answer as yourself."));
            QCOMPARE(t.text, QStringLiteral("A [Stakes] choice.\n5 - [Certainty]\nThen [Certainty_Score1]."));
            QCOMPARE(t.dimensions.size(), 2);
            QCOMPARE(t.dimensions[0].name, QStringLiteral("Stakes"));
            QCOMPARE(t.dimensions[0].levels[0].options, (QStringList{"a small", "a minor"}));
            QCOMPARE(t.dimensions[0].levels[1].texts(), QStringList{"big"}); // no options: the label
            QCOMPARE(t.dimensions[1].levels[1].score, 5);
            QVERIFY(checkTemplate(t).isEmpty());
        }
    }

    void nameDefaultsToTheFileName()
    {
        const ScenarioTemplate t = readTemplateFile(write(m_dir, QStringLiteral("trolley v2.json"), R"({"template": "[X]", "dimensions": [{"name": "X", "values": ["a"]}]})"));
        QCOMPARE(t.name, QStringLiteral("trolley v2"));
    }

    void olderValuesFormIsLevelsFromOne()
    {
        const ScenarioTemplate t = templateFromContent(Json::parse(R"({"template": "[Type]", "dimensions": [{"name": "Type", "values": ["first", "second"]}]})"));
        QCOMPARE(t.dimensions[0].levels.size(), 2);
        QCOMPARE(t.dimensions[0].levels[1].score, 2);
        QCOMPARE(t.dimensions[0].levels[1].label, QStringLiteral("second"));
        QCOMPARE(t.dimensions[0].levels[1].options, QStringList{"second"});
    }

    void upstreamExampleReads()
    {
        const ScenarioTemplate t = readTemplateFile(QStringLiteral(VR_TEST_DATA_DIR "/templates/upstream/trans-athlete.yaml"));
        QCOMPARE(t.name, QStringLiteral("exp-Trans_Athlete_Competition_Freedom_FairProcess_Harmony.new"));
        QCOMPARE(t.preamble, QString());
        QCOMPARE(t.dimensions.size(), 1);
        QCOMPARE(t.dimensions[0].levels.size(), 5);
        QCOMPARE(t.dimensions[0].levels[4].options, QStringList{"extremely strong positive feelings"});
        QVERIFY(t.text.startsWith(QStringLiteral("Jordan is openly transgender")));
        QVERIFY(t.text.endsWith(QStringLiteral("5 - somewhat support Jordan not competing in Gymnastics")));
    }

    void badFilesSayWhereInTheFile()
    {
        const auto problem = [](const QString& path) {
            try {
                readTemplateFile(path);
            } catch (const TemplateError& e) {
                return QString::fromUtf8(e.what());
            }
            return QString();
        };
        QCOMPARE(problem(write(m_dir, QStringLiteral("bad.json"), "{\"content\": {\n  \"template\": \"x\",\n  \"dimensions\": [}\n}")),
                 QStringLiteral("bad.json: not valid JSON at line 3, column 18: unexpected '}'; expected '[', '{', or a literal"));
        const QString yaml = problem(write(m_dir, QStringLiteral("bad.yaml"), "content:\n  template: x\n  dimensions: [unclosed\n"));
        QVERIFY2(yaml.startsWith(QStringLiteral("bad.yaml: not valid YAML: ")) && yaml.contains(QStringLiteral("(line ")), qPrintable(yaml));
        QCOMPARE(problem(write(m_dir, QStringLiteral("key.yaml"), "content:\n  template: x\n  ? [a]\n  : b\n")),
                 QStringLiteral("key.yaml: line 3: a key must be plain text"));
        QCOMPARE(problem(write(m_dir, QStringLiteral("list.json"), "[1]")),
                 QStringLiteral("list.json: a template must be an object: {name, content: {template, dimensions, preamble}}"));
        QVERIFY(problem(m_dir.filePath(QStringLiteral("missing.json"))).startsWith(QStringLiteral("Cannot read ")));
        const QString deep = problem(write(m_dir, QStringLiteral("deep.yaml"), "a: &x [*x, *x]\n"));
        QVERIFY2(!deep.isEmpty(), "an alias to itself is refused, not followed forever");
    }

    void badTemplatesNameWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const char* content, const char* message) { QTest::newRow(name) << QByteArray(content) << QString::fromUtf8(message); };
        row("no template", R"({"dimensions": []})", "content.template is required");
        row("template not text", R"({"template": 5})", "content.template must be text");
        row("blank template", R"({"template": "  \n "})", "content.template is empty");
        row("dimensions not a list", R"({"template": "x", "dimensions": {"a": 1}})", "content.dimensions must be a list");
        row("dimension without a name", R"({"template": "x", "dimensions": [{"levels": []}]})", "dimension 1 has no name");
        row("dimension without levels", R"({"template": "[A] [B]", "dimensions": [{"name": "A", "values": ["a"]}, {"name": "B", "levels": []}]})",
            "dimension 2 \"B\" has no levels");
        row("dimension with neither levels nor values", R"({"template": "[A]", "dimensions": [{"name": "A"}]})", "dimension 1 \"A\" has no levels");
        row("duplicate scores", R"({"template": "[A]", "dimensions": [{"name": "A", "levels": [{"score": 1, "label": "a"}, {"score": 2, "label": "b"}, {"score": 2, "label": "c"}]}]})",
            "dimension 1 \"A\": score 2 is used twice (levels 2 and 3)");
        row("score missing", R"({"template": "[A]", "dimensions": [{"name": "A", "levels": [{"label": "a"}]}]})", "dimension 1 \"A\", level 1: \"score\" is missing");
        row("fractional score", R"({"template": "[A]", "dimensions": [{"name": "A", "levels": [{"score": 1, "label": "a"}, {"score": 2.5, "label": "b"}]}]})",
            "dimension 1 \"A\", level 2: \"score\" must be a whole number (got 2.5)");
        row("score as text", R"({"template": "[A]", "dimensions": [{"name": "A", "levels": [{"score": "1", "label": "a"}]}]})",
            "dimension 1 \"A\", level 1: \"score\" must be a whole number (got \"1\")");
        row("options not a list", R"({"template": "[A]", "dimensions": [{"name": "A", "levels": [{"score": 3, "options": "x"}]}]})",
            "dimension 1 \"A\", level 1 (score 3): \"options\" must be a list of texts");
        row("empty option", R"({"template": "[A]", "dimensions": [{"name": "A", "levels": [{"score": 3, "options": ["x", ""]}]}]})",
            "dimension 1 \"A\", level 1 (score 3): option 2 is empty");
        row("level without text", R"({"template": "[A]", "dimensions": [{"name": "A", "levels": [{"score": 1, "label": "a"}, {"score": 4}]}]})",
            "dimension 1 \"A\", level 2 (score 4) has neither a label nor options");
        row("same placeholder twice", R"({"template": "[A]", "dimensions": [{"name": "Stakes", "values": ["a"]}, {"name": "STAKES", "values": ["b"]}]})",
            "dimension 1 \"Stakes\" and dimension 2 \"STAKES\" have the same placeholder (case does not count): rename one");
        // (Unbalanced brackets in a raw string make moc lose the class: plain strings for these two.)
        row("bracket in a name", "{\"template\": \"x\", \"dimensions\": [{\"name\": \"A]\", \"values\": [\"a\"]}]}",
            "dimension 1 \"A]\": a dimension's name cannot hold [, ] or a line break (it is written [Name] in the text)");
        row("unknown placeholder", R"({"template": "The [Stake] is high.", "dimensions": [{"name": "Stakes", "values": ["a"]}]})",
            "unknown placeholder [Stake] (line 1): the dimensions are Stakes; a placeholder is [Name] or [Name_ScoreN]");
        row("unknown placeholders, no dimensions", R"({"template": "[A]\n\n[B] and [A]"})",
            "unknown placeholders [A] (lines 1, 3), [B] (line 3): there are no dimensions; a placeholder is [Name] or [Name_ScoreN]");
        row("scale line for a missing score", R"({"template": "Scale:\n1 - [F]\n  7 - very [F]", "dimensions": [{"name": "F", "levels": [{"score": 1, "label": "a"}, {"score": 5, "label": "b"}]}]})",
            "line 3: the scale line \"7 - very [F]\" asks for level 7 of \"F\", which has none (scores 1, 5)");
        row("explicit score that is missing", R"({"template": "[F]\nsee [f_Score3]", "dimensions": [{"name": "F", "levels": [{"score": 1, "label": "a"}, {"score": 5, "label": "b"}]}]})",
            "line 2: [f_Score3] asks for level 3 of \"F\", which has none (scores 1, 5)");
        row("several problems at once", "{\"template\": \"[Fx]\\n9) [F]\", \"dimensions\": [{\"name\": \"F\", \"levels\": [{\"score\": 1, \"label\": \"a\"}]}]}",
            "line 2: the scale line \"9) [F]\" asks for level 9 of \"F\", which has none (scores 1); "
            "unknown placeholder [Fx] (line 1): the dimensions are F; a placeholder is [Name] or [Name_ScoreN]");
    }

    void badTemplatesNameWhatAndWhere()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QCOMPARE(problemWith(content), message);
    }

    void bracketedTextThatIsNoPlaceholderStays()
    {
        QCOMPARE(problemWith(R"({"template": "See [1] and [see below], [x + y] or [] in [A].", "dimensions": [{"name": "A", "values": ["a"]}]})"), QString());
    }

    void aDimensionTheTextNeverNamesIsAWarning()
    {
        const ScenarioTemplate t = templateFromContent(Json::parse(
            R"({"template": "[A] and [b_score2]", "dimensions": [{"name": "A", "values": ["a"]}, {"name": "B", "values": ["x", "y"]}, {"name": "C", "values": ["p", "q", "r"]}]})"));
        QCOMPARE(checkTemplate(t), QStringList{"\"C\" does not appear in the template: its 3 levels multiply the scenarios without changing their texts"});
    }
};

QTEST_GUILESS_MAIN(TemplateReaderTest)
#include "tst_template_reader.moc"
