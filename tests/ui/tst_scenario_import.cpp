// Importing scenarios into the demo project through the scenario page: a file whose scenarios the project already
// has asks once (skip, replace, keep both, or cancel); replacing keeps each scenario's id, so the runs that used
// it still refer to it; the whole import is one undo step; the banner says what happened, names the scenarios
// without a 1–5 scale, and says where a broken file is broken.
#include "duplicate_import_question.h"
#include "project/scenario_io.h"
#include "project_session.h"
#include "scenario_list_model.h"
#include "scenarios_view.h"
#include "workbench_fixture.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace vr;
using namespace vr::ui;

namespace {

const QString kScale = QStringLiteral("\n1 - Strongly favour A\n2 - Somewhat favour A\n3 - Neutral\n4 - Somewhat favour B\n5 - Strongly favour B");

project::Scenario scenario(const QString& name, const QString& prompt)
{
    project::Scenario s;
    s.name = name;
    s.prompt = prompt;
    return s;
}

// Clicks the named button of the question once it is shown (exec() runs its own event loop), after saving a
// screenshot of it when named.
void answerTheQuestionWith(const QString& buttonName, QStringList* buttonsSeen, const QString& screenshot = {})
{
    QTimer::singleShot(0, qApp, [=] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) return answerTheQuestionWith(buttonName, buttonsSeen, screenshot);
        for (QAbstractButton* b : box->buttons()) *buttonsSeen << b->objectName();
        if (!screenshot.isEmpty()) test::saveScreenshot(box, screenshot);
        QTest::mouseClick(box->findChild<QPushButton*>(buttonName), Qt::LeftButton);
    });
}

} // namespace

class ScenarioImportTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<ScenariosView> m_view;
    QList<project::Scenario> m_demo; // the demo project's scenarios before each test
    int m_questions = 0;
    std::optional<project::DuplicateChoice> m_answer;
    project::ImportDuplicates m_asked;

    QString writeFile(const QString& name, const QList<project::Scenario>& scenarios)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) return {};
        f.write(QByteArray::fromStdString(project::exportScenariosJson(scenarios)));
        return path;
    }

    QList<project::Scenario> scenarios() { return m_session->project().scenarios().list(); }

    // Imports and returns the banner's message and whether it is a warning.
    std::pair<QString, bool> import(const QString& path)
    {
        QSignalSpy message(m_session.get(), &ProjectSession::message);
        m_view->importFile(path);
        if (message.count() != 1) return {QStringLiteral("(%1 messages)").arg(message.count()), false};
        return {message[0][0].toString(), message[0][1].toBool()};
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_view.reset();
        m_session = std::make_unique<ProjectSession>();
        m_session->open(test::copyDemoProject(m_dir, QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".vrproj")));
        m_view = std::make_unique<ScenariosView>(*m_session);
        m_view->setDuplicateQuestion([this](const QString&, const project::ImportDuplicates& duplicates) {
            ++m_questions;
            m_asked = duplicates;
            return m_answer;
        });
        m_questions = 0;
        m_demo = scenarios();
        QVERIFY(m_demo.size() >= 3);
    }

    void importingTheSameFileTwiceAsksOnceAndSkips()
    {
        const QString path = writeFile(QStringLiteral("new.json"), {scenario(QStringLiteral("Whistle"), QStringLiteral("Report?") + kScale),
                                                                    scenario(QStringLiteral("Budget"), QStringLiteral("Cut?") + kScale)});
        QCOMPARE(import(path), std::pair(QStringLiteral("Imported 2 scenario(s)"), false));
        QCOMPARE(m_questions, 0); // nothing to ask the first time
        const int undoSteps = m_session->undoStack()->count();
        m_answer = project::DuplicateChoice::Skip;
        QCOMPARE(import(path), std::pair(QStringLiteral("Imported 0 scenario(s), skipped 2"), false));
        QCOMPARE(m_questions, 1);
        QCOMPARE(m_asked.sameContent, (QStringList{QStringLiteral("Whistle"), QStringLiteral("Budget")}));
        QVERIFY(m_asked.differentContent.isEmpty());
        QCOMPARE(scenarios().size(), m_demo.size() + 2);
        QCOMPARE(m_session->undoStack()->count(), undoSteps); // an import that changes nothing is no undo step
    }

    void replaceKeepsIdsAndOneUndoRevertsTheImport()
    {
        QList<project::Scenario> file{m_demo[0], m_demo[1], m_demo[2], scenario(QStringLiteral("Whistle"), QStringLiteral("Report?") + kScale)};
        file[0].prompt += QStringLiteral("\nThink of the long term.");
        file[1].tags << QStringLiteral("revised");
        m_answer = project::DuplicateChoice::Replace;
        QCOMPARE(import(writeFile(QStringLiteral("revised.json"), file)), std::pair(QStringLiteral("Imported 1 scenario(s), replaced 2, skipped 1"), false));
        QCOMPARE(m_asked.differentContent, (QStringList{m_demo[0].name, m_demo[1].name}));
        QCOMPARE(m_asked.sameContent, QStringList{m_demo[2].name});
        const QList<project::Scenario> after = scenarios();
        QCOMPARE(after.size(), m_demo.size() + 1);
        QCOMPARE(after[0].id, m_demo[0].id);
        QCOMPARE(after[0].prompt, file[0].prompt);
        QCOMPARE(after[1].id, m_demo[1].id);
        QCOMPARE(after[1].tags, file[1].tags);
        // The runs of the demo still refer to scenarios of the project, the replaced ones among them.
        QSet<qint64> ids;
        for (const project::Scenario& s : after) ids.insert(s.id);
        bool usedReplaced = false;
        for (const project::RunSummary& run : m_session->project().runs().list())
            for (const project::Scenario& frozen : m_session->project().runs().scenarios(run.id)) {
                QVERIFY2(ids.contains(frozen.id), qPrintable(frozen.name));
                usedReplaced = usedReplaced || frozen.id == m_demo[0].id;
            }
        QVERIFY(usedReplaced);
        m_session->undoStack()->undo();
        QCOMPARE(scenarios(), m_demo);
        m_session->undoStack()->redo();
        QCOMPARE(scenarios(), after);
    }

    void keepBothAddsRenamedCopies()
    {
        project::Scenario changed = m_demo[0];
        changed.prompt = QStringLiteral("Another telling.") + kScale;
        m_answer = project::DuplicateChoice::KeepBoth;
        const auto [text, warning] = import(writeFile(QStringLiteral("copies.json"), {m_demo[0], changed}));
        QCOMPARE(text, QStringLiteral("Imported 2 scenario(s); copies added under new names: “%1 (2)”, “%1 (3)”").arg(m_demo[0].name));
        const QList<project::Scenario> after = scenarios();
        QCOMPARE(after.mid(0, m_demo.size()), m_demo);
        QCOMPARE(after.value(m_demo.size()).name, m_demo[0].name + QStringLiteral(" (2)"));
        QCOMPARE(after.value(m_demo.size() + 1).prompt, changed.prompt);
        m_session->undoStack()->undo();
        QCOMPARE(scenarios(), m_demo);
    }

    void cancellingChangesNothing()
    {
        m_answer = std::nullopt;
        const QString path = writeFile(QStringLiteral("again.json"), {m_demo[0], scenario(QStringLiteral("Whistle"), QStringLiteral("Report?"))});
        QCOMPARE(import(path), std::pair(QStringLiteral("Import of %1 cancelled: nothing was changed.").arg(path), false));
        QCOMPARE(m_questions, 1);
        QCOMPARE(scenarios(), m_demo);
    }

    void theQuestionIsAMessageBoxAskedOnce()
    {
        m_view->setDuplicateQuestion([this](const QString& fileName, const project::ImportDuplicates& duplicates) {
            return DuplicateImportQuestion::ask(m_view.get(), fileName, duplicates);
        });
        QStringList buttons;
        answerTheQuestionWith(QStringLiteral("keepBoth"), &buttons);
        QCOMPARE(import(writeFile(QStringLiteral("same.json"), {m_demo[0], m_demo[1]})).first,
                 QStringLiteral("Imported 2 scenario(s); copies added under new names: “%1 (2)”, “%2 (2)”").arg(m_demo[0].name, m_demo[1].name));
        // Nothing differs, so there is nothing to replace: no "Replace them".
        QCOMPARE(buttons, (QStringList{QStringLiteral("skipDuplicates"), QStringLiteral("keepBoth"), QStringLiteral("cancelImport")}));

        project::Scenario changed = m_demo[0];
        changed.prompt = QStringLiteral("Changed.") + kScale;
        buttons.clear();
        answerTheQuestionWith(QStringLiteral("replaceDuplicates"), &buttons, QStringLiteral("scenario-import-duplicates"));
        QCOMPARE(import(writeFile(QStringLiteral("changed.json"), {changed})).first, QStringLiteral("Imported 0 scenario(s), replaced 1"));
        QVERIFY(buttons.contains(QStringLiteral("replaceDuplicates")));
        QCOMPARE(scenarios()[0].prompt, changed.prompt);
        QCOMPARE(scenarios()[0].id, m_demo[0].id);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void scenariosWithoutAScaleAreNamedButImported()
    {
        const QString path = writeFile(QStringLiteral("unscaled.json"), {scenario(QStringLiteral("Scaled"), QStringLiteral("A or B?") + kScale),
                                                                         scenario(QStringLiteral("Bare"), QStringLiteral("A or B?")),
                                                                         scenario(QStringLiteral("Half"), QStringLiteral("A or B?\n1 - A\n2 - B"))});
        const auto [text, warning] = import(path);
        QVERIFY(warning);
        QCOMPARE(text, QStringLiteral("Imported 3 scenario(s). No 1–5 answer scale in: “Bare”, “Half” (add numbered lines “1 - …” to “5 - …” "
                                      "to the prompt so that answers can be read as decisions)"));
        QCOMPARE(scenarios().size(), m_demo.size() + 3);
    }

    void aBrokenFileSaysWhereInTheBanner()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"scenarios\": [\n  {\"name\": \"a\" \"prompt\": \"b\"}]}");
        f.close();
        const auto [text, warning] = import(path);
        QVERIFY(warning);
        QCOMPARE(text, QStringLiteral("Could not import %1: Line 2, column 16: the JSON is not valid here (expected ',' or '}')").arg(path));
        QCOMPARE(scenarios(), m_demo);
    }
};

QTEST_MAIN(ScenarioImportTest)
#include "tst_scenario_import.moc"
