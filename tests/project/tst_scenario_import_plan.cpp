// Planning an import against the project's scenarios: a name the project has is a duplicate, told apart as the
// same scenario again or other content; one choice for all of them skips, replaces (keeping the project's ids)
// or keeps both (the file's copy under a free "Name (n)"); scenarios new to the project are always added.
#include "project/scenario_import_plan.h"

#include <QTest>

using namespace vr::project;

namespace {

Scenario scenario(const QString& name, const QString& prompt, qint64 id = 0)
{
    Scenario s;
    s.id = id;
    s.name = name;
    s.prompt = prompt;
    return s;
}

QStringList namesOf(const QList<Scenario>& scenarios)
{
    QStringList names;
    for (const Scenario& s : scenarios) names << s.name;
    return names;
}

} // namespace

class ScenarioImportPlanTest : public QObject {
    Q_OBJECT

    const QList<Scenario> m_project{scenario(QStringLiteral("Triage"), QStringLiteral("Who gets the ventilator?"), 11),
                                    scenario(QStringLiteral("Loyalty"), QStringLiteral("Lie for a friend?"), 12),
                                    scenario(QStringLiteral("Café"), QStringLiteral("Keep the café open?"), 13)};
    // The same Triage again, Loyalty with another prompt, and two new ones.
    const QList<Scenario> m_file{scenario(QStringLiteral("Triage"), QStringLiteral("Who gets the ventilator?")),
                                 scenario(QStringLiteral("Loyalty"), QStringLiteral("Lie for a friend, or not?")),
                                 scenario(QStringLiteral("Whistle"), QStringLiteral("Report the colleague?")),
                                 scenario(QStringLiteral("Budget"), QStringLiteral("Cut which programme?"))};

private slots:
    void duplicatesAreToldApartByContent()
    {
        const ImportDuplicates d = findDuplicates(m_project, m_file);
        QCOMPARE(d.sameContent, QStringList{QStringLiteral("Triage")});
        QCOMPARE(d.differentContent, QStringList{QStringLiteral("Loyalty")});
        QCOMPARE(d.size(), 2);
        // Every field but the id and the name counts as content.
        Scenario tagged = m_file[0];
        tagged.tags << QStringLiteral("medical");
        QCOMPARE(findDuplicates(m_project, {tagged}).differentContent, QStringList{QStringLiteral("Triage")});
        Scenario followedUp = m_file[0];
        followedUp.followups.append({QStringLiteral("why"), QStringLiteral("Why?")});
        QVERIFY(!sameContent(followedUp, m_project[0]));
        Scenario withOptions = m_file[0];
        withOptions.options = ScenarioOptions{QStringLiteral("A"), QStringLiteral("B"),
                                              {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}};
        QVERIFY(!sameContent(withOptions, m_project[0]));
        QVERIFY(findDuplicates(m_project, {m_file[2], m_file[3]}).isEmpty());
        QVERIFY(findDuplicates({}, m_file).isEmpty());
    }

    void withoutDuplicatesEverythingIsAdded()
    {
        for (const DuplicateChoice choice : {DuplicateChoice::Skip, DuplicateChoice::Replace, DuplicateChoice::KeepBoth}) {
            const ScenarioImportPlan plan = planScenarioImport(m_project, {m_file[2], m_file[3]}, choice);
            QCOMPARE(plan.additions, (QList<Scenario>{m_file[2], m_file[3]}));
            QVERIFY(plan.replacements.isEmpty() && plan.skipped.isEmpty() && plan.renamed.isEmpty());
        }
    }

    void skipLeavesTheProjectsScenariosAlone()
    {
        const ScenarioImportPlan plan = planScenarioImport(m_project, m_file, DuplicateChoice::Skip);
        QCOMPARE(namesOf(plan.additions), (QStringList{QStringLiteral("Whistle"), QStringLiteral("Budget")}));
        QVERIFY(plan.replacements.isEmpty());
        QCOMPARE(plan.skipped, (QStringList{QStringLiteral("Triage"), QStringLiteral("Loyalty")}));
        QVERIFY(planScenarioImport(m_project, {m_file[0]}, DuplicateChoice::Skip).changesNothing());
    }

    void replaceKeepsTheIdAndSkipsTheSameScenarioAgain()
    {
        const ScenarioImportPlan plan = planScenarioImport(m_project, m_file, DuplicateChoice::Replace);
        QCOMPARE(plan.replacements.size(), 1);
        const ScenarioReplacement& r = plan.replacements[0];
        QCOMPARE(r.existing, m_project[1]);
        QCOMPARE(r.incoming.id, 12); // runs and results refer to the scenario by its id
        QCOMPARE(r.incoming.name, QStringLiteral("Loyalty"));
        QCOMPARE(r.incoming.prompt, QStringLiteral("Lie for a friend, or not?"));
        QCOMPARE(plan.skipped, QStringList{QStringLiteral("Triage")}); // nothing to replace
        QCOMPARE(namesOf(plan.additions), (QStringList{QStringLiteral("Whistle"), QStringLiteral("Budget")}));
        for (const Scenario& s : plan.additions) QCOMPARE(s.id, 0);
    }

    void replaceUsesTheFirstOfTheFilesScenariosWithThatName()
    {
        const QList<Scenario> file{scenario(QStringLiteral("Loyalty"), QStringLiteral("First")),
                                   scenario(QStringLiteral("Loyalty"), QStringLiteral("Second"))};
        const ScenarioImportPlan plan = planScenarioImport(m_project, file, DuplicateChoice::Replace);
        QCOMPARE(plan.replacements.size(), 1);
        QCOMPARE(plan.replacements[0].incoming.prompt, QStringLiteral("First"));
        QCOMPARE(plan.skipped, QStringList{QStringLiteral("Loyalty")});
        QVERIFY(plan.additions.isEmpty());
    }

    void keepBothAddsCopiesUnderFreeNames()
    {
        const ScenarioImportPlan plan = planScenarioImport(m_project, m_file, DuplicateChoice::KeepBoth);
        QCOMPARE(namesOf(plan.additions),
                 (QStringList{QStringLiteral("Triage (2)"), QStringLiteral("Loyalty (2)"), QStringLiteral("Whistle"), QStringLiteral("Budget")}));
        QCOMPARE(plan.additions[1].prompt, QStringLiteral("Lie for a friend, or not?"));
        QCOMPARE(plan.renamed.size(), 2);
        QCOMPARE(plan.renamed[0], qMakePair(QStringLiteral("Triage"), QStringLiteral("Triage (2)")));
        QVERIFY(plan.replacements.isEmpty() && plan.skipped.isEmpty());
    }

    void aCopysNameIsTakenNeitherInTheProjectNorInTheFile()
    {
        // "Triage (2)" is in the project, "Triage (3)" comes later in the file; a numbered name counts on.
        const QList<Scenario> project{scenario(QStringLiteral("Triage"), QStringLiteral("a"), 1), scenario(QStringLiteral("Triage (2)"), QStringLiteral("b"), 2)};
        const QList<Scenario> file{scenario(QStringLiteral("Triage"), QStringLiteral("c")), scenario(QStringLiteral("Triage"), QStringLiteral("d")),
                                   scenario(QStringLiteral("Triage (3)"), QStringLiteral("e")), scenario(QStringLiteral("Triage (2)"), QStringLiteral("f"))};
        const ScenarioImportPlan plan = planScenarioImport(project, file, DuplicateChoice::KeepBoth);
        QCOMPARE(namesOf(plan.additions), (QStringList{QStringLiteral("Triage (4)"), QStringLiteral("Triage (5)"), QStringLiteral("Triage (3)"),
                                                       QStringLiteral("Triage (6)")}));
    }

    void namesMatchWithoutSurroundingSpaces()
    {
        const QList<Scenario> project{scenario(QStringLiteral("Triage "), QStringLiteral("a"), 1)};
        const ScenarioImportPlan plan = planScenarioImport(project, {scenario(QStringLiteral("Triage"), QStringLiteral("b"))}, DuplicateChoice::Replace);
        QCOMPARE(plan.replacements.size(), 1);
        QCOMPARE(plan.replacements[0].incoming.name, QStringLiteral("Triage ")); // the project's name stays as it is
    }
};

QTEST_GUILESS_MAIN(ScenarioImportPlanTest)
#include "tst_scenario_import_plan.moc"
