// A broken scenario file says what is wrong and where, as an editor counts lines and columns: "Line 2, column 16:
// the JSON is not valid here (expected ',' or '}')", "Line 5, column 22: a mapping value is not allowed here (…)".
// Never the parser library's words ("[json.exception.parse_error.101]", "yaml-cpp", "illegal map value"), and a
// YAML body that is not a text says so instead of "no `body`".
#include "project/project_error.h"
#include "project/scenario_io.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vr::project;

namespace {

QString failureOf(const std::function<void()>& import)
{
    try {
        import();
    } catch (const ProjectError& e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("(no error)");
}

QString jsonFailure(const std::string& text)
{
    return failureOf([&] { importScenariosJson(text); });
}

QString yamlFailure(const std::string& text)
{
    return failureOf([&] { importScenariosYaml(text); });
}

void verifyPlainWords(const QString& message)
{
    for (const char* jargon : {"json.exception", "parse_error", "yaml-cpp", "illegal", "no `body`", "syntax error", "last read"})
        QVERIFY2(!message.contains(QLatin1String(jargon)), qPrintable(message));
}

} // namespace

class ScenarioFileErrorsTest : public QObject {
    Q_OBJECT

private slots:
    void jsonSaysWhatWasExpectedWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing comma") << QByteArray("{\"scenarios\": [\n  {\"name\": \"a\" \"prompt\": \"b\"}]}")
                                       << QStringLiteral("Line 2, column 16: the JSON is not valid here (expected ',' or '}')");
        QTest::newRow("comma before }") << QByteArray("{\"scenarios\": [ {\"name\": \"a\",}]}")
                                        << QStringLiteral("Line 1, column 30: the JSON is not valid here (expected a name in double quotes)");
        QTest::newRow("missing ]") << QByteArray("{\"scenarios\": [\n  {\"name\": \"a\", \"prompt\": \"b\"}\n}")
                                   << QStringLiteral("Line 3, column 1: the JSON is not valid here (expected ',' or ']')");
        QTest::newRow("cut short") << QByteArray("{\"scenarios\": [\n  {\"name\": ")
                                   << QStringLiteral("Line 2, column 11: the JSON ends too early (expected a value: text in double quotes, a number, "
                                                     "true, false, null, a list or an object)");
        QTest::newRow("open quote") << QByteArray("{\"scenarios\": [\n  {\"name\": \"a, \"prompt\": \"b\"}]}")
                                    << QStringLiteral("Line 2, column 17: the JSON is not valid here (not a valid value: text needs double quotes; "
                                                      "true, false and null are written in lower case)");
        QTest::newRow("text past its line") << QByteArray("{\"scenarios\": [\n  {\"name\": \"Café\n\", \"prompt\": \"b\"}]}")
                                            << QStringLiteral("Line 2, column 17: the JSON is not valid here (a text runs on past the end of its line: "
                                                              "is its closing quote missing? A line break inside a text is written \\n)");
        QTest::newRow("single quotes") << QByteArray("{'scenarios': []}")
                                       << QStringLiteral("Line 1, column 2: the JSON is not valid here (not a valid value: text needs double quotes; "
                                                         "true, false and null are written in lower case)");
        QTest::newRow("characters, not bytes") << QByteArray("{\"scenarios\": [{\"name\": \"Café ☕\" ]}")
                                               << QStringLiteral("Line 1, column 34: the JSON is not valid here (expected ',' or '}')");
        QTest::newRow("more after the end") << QByteArray("{\"scenarios\": []}\n{\"scenarios\": []}")
                                            << QStringLiteral("Line 2, column 1: the JSON is not valid here (expected nothing more after the end of the JSON)");
        QTest::newRow("number too large") << QByteArray("[{\"name\": 1e99999}]") << QStringLiteral("Line 1, column 11: the number 1e99999 is too large");
        QTest::newRow("empty") << QByteArray(" \n ") << QStringLiteral("The file is empty");
    }

    void jsonSaysWhatWasExpectedWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const QString failure = jsonFailure(text.toStdString());
        QCOMPARE(failure, message);
        verifyPlainWords(failure);
    }

    void yamlSyntaxErrorsSayWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("colon in a plain text")
            << QByteArray("preamble: p\nscenarios:\n  s1:\n    subject: Triage\n    body: Who gets it: the old or the young?\n")
            << QStringLiteral("Line 5, column 22: a mapping value is not allowed here (is a text with \": \" in it not in quotes, or not "
                              "indented under its key?)");
        QTest::newRow("text not indented under its key")
            << QByteArray("scenarios:\n  s1:\n    subject: A\n    body: |\n    Two patients need it.\n  s2:\n    subject: B\n    body: C\n")
            << QStringLiteral("Line 6, column 5: a mapping value is not allowed here (is a text with \": \" in it not in quotes, or not "
                              "indented under its key?)");
        QTest::newRow("unclosed [") << QByteArray("preamble: [unclosed\nscenarios: {")
                                    << QStringLiteral("Line 2, column 10: a \"[\" before this is not closed by \"]\"");
        QTest::newRow("tab indentation") << QByteArray("scenarios:\n  s1:\n\tsubject: A\n")
                                         << QStringLiteral("Line 3, column 1: a tab is used for indentation; indent with spaces");
        QTest::newRow("backslash") << QByteArray(R"(scenarios: {s1: {subject: A, body: "C:\dir"}})")
                                   << QStringLiteral(R"(Line 1, column 41: "\d" is not an escape in a text in double quotes: write \\ for a backslash, )"
                                                     "or use single quotes");
    }

    void yamlSyntaxErrorsSayWhatAndWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const QString failure = yamlFailure(text.toStdString());
        QCOMPARE(failure, message);
        verifyPlainWords(failure);
    }

    void aYamlBodyThatIsNoTextSaysWhatItIs()
    {
        // A body YAML reads as something else says what it is and how to write it, the place included.
        const ScenarioImport r = importScenariosYaml("scenarios:\n"
                                                     "  s1:\n"
                                                     "    subject: Triage\n"
                                                     "    body:\n"
                                                     "      Question: who gets it?\n"
                                                     "  s2:\n"
                                                     "    subject: Listed\n"
                                                     "    body:\n"
                                                     "      - one\n"
                                                     "  s3:\n"
                                                     "    subject: Bodiless\n"
                                                     "  s4:\n"
                                                     "    subject: Good\n"
                                                     "    body: A or B?\n"
                                                     "    category:\n"
                                                     "  s5:\n"
                                                     "    subject: Unindented\n"
                                                     "    body: |\n"
                                                     "    Two patients need the last ventilator.\n");
        QCOMPARE(r.scenarios.size(), 1);
        QCOMPARE(r.scenarios[0].name, QStringLiteral("Good"));
        QCOMPARE(r.rejected.size(), 4);
        QCOMPARE(r.rejected[0], QStringLiteral("entry 1 (s1): Line 5, column 7: `body` is a mapping, not a text: a line of it with \": \" reads as "
                                               "\"key: value\"; write the text indented under \"body: |\", or in quotes"));
        QCOMPARE(r.rejected[1], QStringLiteral("entry 2 (s2): Line 9, column 7: `body` is a list, not a text"));
        QCOMPARE(r.rejected[2], QStringLiteral("entry 3 (s3): Line 11, column 5: `body` is missing"));
        // Was "no `body`": the text is not indented under "body: |", so YAML reads it as a key of its own.
        QCOMPARE(r.rejected[3], QStringLiteral("entry 5 (s5): Line 19, column 5: \"Two patients need the last ventilator.\" is not a \"key: value\" "
                                               "line; if it is part of `body`, indent it under \"body: |\""));
        for (const QString& reason : r.rejected) verifyPlainWords(reason);
    }

    void aFileSaysWhereThroughItsExtension()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("broken.json"));
        const QString yaml = dir.filePath(QStringLiteral("broken.yml"));
        for (const auto& [path, text] : {std::pair{json, QByteArray("{\"scenarios\": [\n  {\"name\" \"a\"}]}")},
                                         std::pair{yaml, QByteArray("scenarios:\n  s1: {subject: [\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        QCOMPARE(failureOf([&] { importScenarioFile(json); }), QStringLiteral("Line 2, column 11: the JSON is not valid here (expected ':')"));
        const QString yamlFailure = failureOf([&] { importScenarioFile(yaml); });
        QVERIFY2(yamlFailure.startsWith(QStringLiteral("Line ")), qPrintable(yamlFailure));
        verifyPlainWords(yamlFailure);
    }
};

QTEST_GUILESS_MAIN(ScenarioFileErrorsTest)
#include "tst_scenario_file_errors.moc"
