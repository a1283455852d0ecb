// Re-expanding a template into a project (docs/templates.md, "Re-expansion"): a combination that still exists keeps
// its scenario id with the new text, follow-ups and other tags untouched; new combinations are added; vanished ones
// are removed (or kept); other templates' and hand-written scenarios are never touched.
#include "templates/template_expansion.h"
#include "templates/template_reader.h"
#include "templates/template_reexpansion.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vr;
using namespace vr::templates;

namespace {

Json study(const char* text)
{
    return {{"template", text},
            {"dimensions", {{{"name", "Stakes"}, {"levels", {{{"score", 1}, {"label", "small"}}, {{"score", 2}, {"label", "large"}}}}},
                            {{"name", "Certainty"}, {"values", {"unsure", "sure"}}}}}};
}

QList<ExpandedScenario> expanded(const Json& content)
{
    return expandTemplate(templateFromContent(content), 0).scenarios;
}

QStringList names(const QList<project::Scenario>& scenarios)
{
    QStringList out;
    for (const project::Scenario& s : scenarios) out << s.name;
    return out;
}

// The project's scenarios from template "study", by name.
QMap<QString, project::Scenario> studyScenarios(project::Project& p)
{
    QMap<QString, project::Scenario> out;
    for (const project::Scenario& s : p.scenarios().list())
        if (s.tags.contains(QStringLiteral("template:study"))) out[s.name] = s;
    return out;
}

} // namespace

class TemplateReexpansionTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    // A project with one hand-written scenario and one from another template.
    std::unique_ptr<project::Project> newProject()
    {
        auto p = std::make_unique<project::Project>(m_dir.filePath(QStringLiteral("p%1.vrproj").arg(++m_projects)),
                                                    project::ProjectDatabase::OpenMode::CreateNew);
        project::Scenario manual;
        manual.name = QStringLiteral("Stakes_1 / Certainty_1");
        manual.prompt = QStringLiteral("Written by hand, with the same name and scores as a combination.");
        manual.dimensions = {{QStringLiteral("Stakes"), 1}, {QStringLiteral("Certainty"), 1}};
        p->scenarios().add(manual);
        applyReexpansion(*p, planReexpansion({}, QStringLiteral("other"), expanded(study("Other: [Stakes] [Certainty]"))), true);
        return p;
    }

private slots:
    void firstExpansionAddsEveryCombination()
    {
        auto p = newProject();
        const ReexpansionPlan plan = planReexpansion(p->scenarios().list(), QStringLiteral("study"), expanded(study("[Stakes] / [Certainty]")));
        QCOMPARE(names(plan.added), (QStringList{"Stakes_1 / Certainty_1", "Stakes_1 / Certainty_2", "Stakes_2 / Certainty_1", "Stakes_2 / Certainty_2"}));
        QVERIFY(plan.updated.isEmpty() && plan.removed.isEmpty() && plan.unchanged.isEmpty());
        applyReexpansion(*p, plan, true);
        const QList<project::Scenario> all = p->scenarios().list();
        QCOMPARE(all.size(), 1 + 4 + 4);
        const project::Scenario& last = all.last();
        QCOMPARE(last.prompt, QStringLiteral("large / sure"));
        QCOMPARE(last.tags, QStringList{"template:study"});
        QCOMPARE(last.dimensions, (QList<QPair<QString, double>>{{"Stakes", 2}, {"Certainty", 2}}));
        // The same template again: nothing to do.
        const ReexpansionPlan again = planReexpansion(p->scenarios().list(), QStringLiteral("study"), expanded(study("[Stakes] / [Certainty]")));
        QVERIFY(again.added.isEmpty() && again.updated.isEmpty() && again.removed.isEmpty());
        QCOMPARE(again.unchanged.size(), 4);
    }

    void anEditKeepsTheScenariosOfCombinationsThatRemain()
    {
        auto p = newProject();
        applyReexpansion(*p, planReexpansion(p->scenarios().list(), QStringLiteral("study"), expanded(study("[Stakes] / [Certainty]"))), true);
        const auto others = [&] {
            QList<project::Scenario> out;
            for (const project::Scenario& s : p->scenarios().list())
                if (!s.tags.contains(QStringLiteral("template:study"))) out << s;
            return out;
        };
        const QList<project::Scenario> untouched = others();
        // A researcher adds a follow-up and a tag to one of them.
        project::Scenario annotated = studyScenarios(*p)[QStringLiteral("Stakes_2 / Certainty_1")];
        annotated.followups = {{QStringLiteral("why"), QStringLiteral("Why?")}};
        annotated.tags << QStringLiteral("pilot");
        p->scenarios().update(annotated);
        QMap<QString, qint64> idsBefore;
        for (const project::Scenario& s : studyScenarios(*p)) idsBefore[s.name] = s.id;

        // The edit: new wording, Stakes loses level 1 and gains level 3.
        Json edited = study("Now: [Stakes], [Certainty].");
        edited["dimensions"][0]["levels"] = {{{"score", 2}, {"label", "large"}}, {{"score", 3}, {"label", "huge"}}};
        const ReexpansionPlan plan = planReexpansion(p->scenarios().list(), QStringLiteral("study"), expanded(edited));
        QCOMPARE(names(plan.updated), (QStringList{"Stakes_2 / Certainty_1", "Stakes_2 / Certainty_2"}));
        QCOMPARE(names(plan.added), (QStringList{"Stakes_3 / Certainty_1", "Stakes_3 / Certainty_2"}));
        QCOMPARE(names(plan.removed), (QStringList{"Stakes_1 / Certainty_1", "Stakes_1 / Certainty_2"}));
        QCOMPARE(plan.removed[0].id, idsBefore["Stakes_1 / Certainty_1"]);
        applyReexpansion(*p, plan, true);

        const QMap<QString, project::Scenario> now = studyScenarios(*p);
        QCOMPARE(now.keys(), (QStringList{"Stakes_2 / Certainty_1", "Stakes_2 / Certainty_2", "Stakes_3 / Certainty_1", "Stakes_3 / Certainty_2"}));
        QCOMPARE(now["Stakes_2 / Certainty_1"].id, idsBefore["Stakes_2 / Certainty_1"]);
        QCOMPARE(now["Stakes_2 / Certainty_2"].id, idsBefore["Stakes_2 / Certainty_2"]);
        QCOMPARE(now["Stakes_2 / Certainty_1"].prompt, QStringLiteral("Now: large, unsure."));
        QCOMPARE(now["Stakes_2 / Certainty_1"].followups, annotated.followups);
        QCOMPARE(now["Stakes_2 / Certainty_1"].tags, (QStringList{"template:study", "pilot"}));
        QCOMPARE(now["Stakes_3 / Certainty_2"].prompt, QStringLiteral("Now: huge, sure."));
        QVERIFY(!p->scenarios().find(idsBefore["Stakes_1 / Certainty_1"]));
        QCOMPARE(others(), untouched); // the hand-written scenario and the other template's four, as they were
    }

    void reorderedDimensionsAreTheSameCombinations()
    {
        auto p = newProject();
        applyReexpansion(*p, planReexpansion(p->scenarios().list(), QStringLiteral("study"), expanded(study("[Stakes] / [Certainty]"))), true);
        Json swapped = study("[Stakes] / [Certainty]");
        std::swap(swapped["dimensions"][0], swapped["dimensions"][1]);
        const ReexpansionPlan plan = planReexpansion(p->scenarios().list(), QStringLiteral("study"), expanded(swapped));
        QVERIFY(plan.added.isEmpty() && plan.removed.isEmpty());
        QCOMPARE(plan.updated.size(), 4);
        const auto before = studyScenarios(*p);
        for (const project::Scenario& s : plan.updated) {
            QVERIFY(s.name.startsWith(QStringLiteral("Certainty_")));
            const QString oldName = s.name.section(QStringLiteral(" / "), 1) + QStringLiteral(" / ") + s.name.section(QStringLiteral(" / "), 0, 0);
            QCOMPARE(s.id, before[oldName].id);
        }
    }

    void vanishedScenariosCanBeKept()
    {
        auto p = newProject();
        applyReexpansion(*p, planReexpansion(p->scenarios().list(), QStringLiteral("study"), expanded(study("[Stakes] / [Certainty]"))), true);
        Json fewer = study("[Stakes] / [Certainty]");
        fewer["dimensions"][1]["values"] = {"unsure"};
        const ReexpansionPlan plan = planReexpansion(p->scenarios().list(), QStringLiteral("study"), expanded(fewer));
        QCOMPARE(plan.removed.size(), 2);
        const qsizetype count = p->scenarios().list().size();
        applyReexpansion(*p, plan, false);
        QCOMPARE(p->scenarios().list().size(), count);
        QVERIFY(p->scenarios().find(plan.removed[0].id));
    }

    void aSecondScenarioOfOneCombinationGoes()
    {
        auto p = newProject();
        applyReexpansion(*p, planReexpansion(p->scenarios().list(), QStringLiteral("study"), expanded(study("[Stakes] / [Certainty]"))), true);
        project::Scenario copy = p->scenarios().list().last();
        copy.id = 0;
        copy.name += QStringLiteral(" (copy)");
        const qint64 copyId = p->scenarios().add(copy);
        project::Scenario fractional = copy;
        fractional.dimensions[0].second = 1.5; // no combination has a half score
        const qint64 fractionalId = p->scenarios().add(fractional);
        const ReexpansionPlan plan = planReexpansion(p->scenarios().list(), QStringLiteral("study"), expanded(study("[Stakes] / [Certainty]")));
        QCOMPARE(plan.unchanged.size(), 4);
        QCOMPARE(plan.removed.size(), 2);
        QCOMPARE(plan.removed[0].id, copyId);
        QCOMPARE(plan.removed[1].id, fractionalId);
    }
};

QTEST_GUILESS_MAIN(TemplateReexpansionTest)
#include "tst_template_reexpansion.moc"
