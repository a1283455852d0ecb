// A scenario has a 1–5 answer scale when its prompt or follow-ups number the labels "1 - …" to "5 - …" on their
// own lines, as the decision parser reads them; a scale only talked about, or only part of one, is none.
#include "project/answer_scale.h"

#include <QTest>

using namespace vr::project;

namespace {

Scenario withPrompt(const QString& prompt, const QString& followup = {})
{
    Scenario s;
    s.name = QStringLiteral("S");
    s.prompt = prompt;
    if (!followup.isEmpty()) s.followups.append({QStringLiteral("turn 2"), followup});
    return s;
}

const QString kScale = QStringLiteral("1 - Strongly favour A\n2 - Somewhat favour A\n3 - Neutral\n4 - Somewhat favour B\n5 - Strongly favour B");

} // namespace

class AnswerScaleTest : public QObject {
    Q_OBJECT

private slots:
    void numberedLabelsInThePromptOrAFollowup()
    {
        QVERIFY(hasAnswerScale(withPrompt(QStringLiteral("Keep the café open or not?\n\n") + kScale)));
        QVERIFY(hasAnswerScale(withPrompt(QStringLiteral("Keep the café open or not?"), QStringLiteral("Answer on this scale:\n") + kScale)));
        // The parser's other ways of numbering a line count as well.
        QVERIFY(hasAnswerScale(withPrompt(QStringLiteral("(1) Agree fully\n(2) Agree partly\n(3) Undecided\n(4) Disagree partly\n(5) Disagree fully"))));
    }

    void declaredOptionsCarryTheirScale()
    {
        // With optionA/optionB/scaleLabels the scale is in the rendered prompt, even with no prompt of its own.
        Scenario declared = withPrompt(QString());
        declared.options = ScenarioOptions{QStringLiteral("Keep the café open"), QStringLiteral("Follow the mandate"),
                                           {QStringLiteral("Strongly A"), QStringLiteral("Somewhat A"), QStringLiteral("Neutral"),
                                            QStringLiteral("Somewhat B"), QStringLiteral("Strongly B")}};
        QVERIFY(hasAnswerScale(declared));
    }

    void noScaleOrPartOfOne()
    {
        QVERIFY(!hasAnswerScale(withPrompt(QStringLiteral("Keep the café open or not?"))));
        QVERIFY(!hasAnswerScale(withPrompt(QStringLiteral("Rate it from 1 to 5, where 1 is strongly A and 5 strongly B."))));
        QVERIFY(!hasAnswerScale(withPrompt(QStringLiteral("1 - Strongly favour A\n2 - Somewhat favour A\n3 - Neutral"))));
        // The preamble is the system prompt: a scale there is not one the parser reads.
        Scenario inPreamble = withPrompt(QStringLiteral("Keep the café open or not?"));
        inPreamble.preamble = kScale;
        QVERIFY(!hasAnswerScale(inPreamble));
    }

    void namesThoseWithoutAScaleInOrder()
    {
        Scenario a = withPrompt(QStringLiteral("A or B?"));
        a.name = QStringLiteral("No scale");
        Scenario b = withPrompt(kScale);
        b.name = QStringLiteral("Scaled");
        Scenario c = withPrompt(QStringLiteral("C or D?"));
        c.name = QStringLiteral("Also none");
        QCOMPARE(namesWithoutAnswerScale({a, b, c}), (QStringList{QStringLiteral("No scale"), QStringLiteral("Also none")}));
        QVERIFY(namesWithoutAnswerScale({b}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(AnswerScaleTest)
#include "tst_answer_scale.moc"
