// Undo keeps identity: long seeded sequences of scenario and model edits, undos and redos through the session's
// one undo stack, checked after every step against a model of the expected state kept by the test (each pushed
// edit applied to a copy of the previous expected state, undo and redo moving along the history). A removed
// scenario or model comes back under its own id with all it held, so later edits and undos still reach it.
#include "edit_commands.h"
#include "project_session.h"
#include "workbench_fixture.h"

#include <QRandomGenerator>
#include <QUndoStack>

#include <algorithm>
#include <QTemporaryDir>
#include <QTest>

using namespace vr;
using namespace vr::ui;

namespace {

struct State {
    QList<project::Scenario> scenarios; // in the researcher's order
    QList<project::ModelEntry> models;  // in catalog order (by id)
};

project::Scenario randomScenario(QRandomGenerator& random, int serial)
{
    project::Scenario s;
    s.name = QStringLiteral("Scenario %1").arg(serial);
    s.preamble = random.bounded(2) ? QStringLiteral("Preamble %1").arg(serial) : QString();
    s.prompt = QStringLiteral("Dilemma %1: A or B? 1 - A … 5 - B").arg(serial);
    for (int f = 0, n = int(random.bounded(3)); f < n; ++f) s.followups.append({QStringLiteral("Turn %1").arg(f + 2), QStringLiteral("Why %1?").arg(f)});
    for (int d = 0, n = int(random.bounded(3)); d < n; ++d) s.dimensions.append({QStringLiteral("dim%1").arg(d), double(random.bounded(5) + 1)});
    if (random.bounded(2)) s.tags << QStringLiteral("tag%1").arg(random.bounded(4));
    return s;
}

} // namespace

class UndoIdentityTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static State read(project::Project& p) { return {p.scenarios().list(), p.models().list()}; }

    static QString describe(const State& s)
    {
        QStringList parts;
        for (const project::Scenario& x : s.scenarios) parts << QStringLiteral("s%1:%2").arg(x.id).arg(x.name);
        for (const project::ModelEntry& m : s.models) parts << QStringLiteral("m%1:%2/%3").arg(m.id).arg(m.modelId, m.displayName);
        return parts.join(QLatin1Char(' '));
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void removedScenarioComesBackWithItsIdAndEverythingItHeld()
    {
        ProjectSession session;
        session.create(m_dir.filePath(QStringLiteral("one.vrproj")));
        project::Scenario s;
        s.name = QStringLiteral("Kept");
        s.prompt = QStringLiteral("A or B? 1 - A … 5 - B");
        s.followups = {{QStringLiteral("Turn 2"), QStringLiteral("Sure?")}};
        s.dimensions = {{QStringLiteral("severity"), 4.0}};
        s.tags = {QStringLiteral("health")};
        auto* add = new AddScenarioCommand(session, s);
        session.undoStack()->push(add);
        s.id = add->scenarioId();
        project::Scenario edited = s;
        edited.prompt = QStringLiteral("Edited: A or B? 1 - A … 5 - B");
        session.undoStack()->push(new EditScenarioCommand(session, s, edited));
        session.undoStack()->push(new RemoveScenarioCommand(session, edited));
        QVERIFY(session.project().scenarios().list().isEmpty());
        session.undoStack()->undo(); // the removal
        QCOMPARE(session.project().scenarios().list(), QList<project::Scenario>{edited});
        session.undoStack()->undo(); // the edit reaches the scenario that came back
        QCOMPARE(session.project().scenarios().list(), QList<project::Scenario>{s});
        session.undoStack()->undo();
        session.undoStack()->redo(); // the add, redone, gives the same id again
        QCOMPARE(session.project().scenarios().list(), QList<project::Scenario>{s});
    }

    void longRandomEditSequencesMatchTheExpectedState_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 2026u}) QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void longRandomEditSequencesMatchTheExpectedState()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        ProjectSession session;
        session.create(m_dir.filePath(QStringLiteral("random-%1.vrproj").arg(seed)));
        QUndoStack* stack = session.undoStack();
        // history[i]: the expected state after the first i commands of the stack.
        QList<State> history{read(session.project())};
        int serial = 0;
        // Pushes `command` whose effect the test expects to be `next`; an edit that merged into the previous one
        // (typing in one field) replaces that step instead of adding one.
        const auto push = [&](QUndoCommand* command, const State& next) {
            const int before = stack->index();
            history.resize(before + 1); // a push drops what could have been redone
            stack->push(command);
            if (stack->index() == before) history[before] = next;
            else history.append(next);
        };
        const auto byId = [](QList<project::ModelEntry>& models) {
            std::sort(models.begin(), models.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        };
        for (int step = 0; step < 600; ++step) {
            State expected = history.at(stack->index());
            const int action = int(random.bounded(100));
            QString what;
            if (action < 20 && stack->canUndo()) {
                what = QStringLiteral("undo");
                stack->undo();
            } else if (action < 30 && stack->canRedo()) {
                what = QStringLiteral("redo");
                stack->redo();
            } else if (action < 45 || expected.scenarios.isEmpty()) {
                what = QStringLiteral("add scenario");
                project::Scenario added = randomScenario(random, ++serial);
                auto* command = new AddScenarioCommand(session, added);
                State next = expected;
                push(command, next);
                added.id = command->scenarioId(); // the store gives the id; the rest is what was pushed
                history.last().scenarios.append(added);
            } else if (action < 60) {
                what = QStringLiteral("remove scenario");
                const project::Scenario gone = expected.scenarios.takeAt(random.bounded(int(expected.scenarios.size())));
                push(new RemoveScenarioCommand(session, gone), expected);
            } else if (action < 75) {
                what = QStringLiteral("edit scenario");
                const qsizetype at = random.bounded(int(expected.scenarios.size()));
                const project::Scenario before = expected.scenarios[at];
                project::Scenario after = before;
                if (random.bounded(2)) after.prompt = QStringLiteral("Edited %1: A or B? 1 - A … 5 - B").arg(step);
                else after.tags = {QStringLiteral("edited%1").arg(step)};
                expected.scenarios[at] = after;
                push(new EditScenarioCommand(session, before, after), expected);
            } else if (action < 82 && expected.scenarios.size() > 1) {
                what = QStringLiteral("reorder");
                QList<qint64> before, after;
                for (const project::Scenario& x : expected.scenarios) before << x.id;
                expected.scenarios.swapItemsAt(random.bounded(int(expected.scenarios.size())), random.bounded(int(expected.scenarios.size())));
                for (const project::Scenario& x : expected.scenarios) after << x.id;
                push(new ReorderScenariosCommand(session, before, after), expected);
            } else if (action < 90 || expected.models.isEmpty()) {
                what = QStringLiteral("add model");
                project::ModelEntry m;
                m.modelId = QStringLiteral("mock:model-%1").arg(++serial);
                push(new AddModelCommand(session, m), expected);
                m.id = session.project().models().findByModelId(m.modelId)->id;
                history.last().models.append(m);
                byId(history.last().models);
            } else if (action < 95) {
                what = QStringLiteral("remove model");
                const project::ModelEntry gone = expected.models.takeAt(random.bounded(int(expected.models.size())));
                push(new RemoveModelCommand(session, gone), expected);
            } else {
                what = QStringLiteral("edit model");
                const qsizetype at = random.bounded(int(expected.models.size()));
                const project::ModelEntry before = expected.models[at];
                project::ModelEntry after = before;
                after.displayName = QStringLiteral("Renamed %1").arg(step);
                after.enabled = !before.enabled;
                expected.models[at] = after;
                push(new EditModelCommand(session, before, after), expected);
            }
            const State actual = read(session.project());
            const State& want = history.at(stack->index());
            QVERIFY2(actual.scenarios == want.scenarios && actual.models == want.models,
                     qPrintable(QStringLiteral("step %1 (%2)\n  want %3\n  have %4").arg(step).arg(what, describe(want), describe(actual))));
        }
        // Every step undone leads back to the new project, every redo to the last state.
        while (stack->canUndo()) stack->undo();
        const State first = read(session.project());
        QVERIFY(first.scenarios == history.first().scenarios && first.models == history.first().models);
        while (stack->canRedo()) stack->redo();
        const State last = read(session.project());
        QVERIFY(last.scenarios == history.last().scenarios && last.models == history.last().models);
    }
};

QTEST_GUILESS_MAIN(UndoIdentityTest)
#include "tst_undo_identity.moc"
