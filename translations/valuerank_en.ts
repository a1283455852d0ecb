<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>vr::ui::AnalysisDashboard</name>
    <message numerus="yes">
        <source>%n transcript(s) of this run have no decision yet; the analysis leaves them out.</source>
        <translation>
            <numerusform>%n transcript of this run has no decision yet; the analysis leaves it out.</numerusform>
            <numerusform>%n transcripts of this run have no decision yet; the analysis leaves them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summarize %n transcript(s)</source>
        <translation>
            <numerusform>Summarize %n transcript</numerusform>
            <numerusform>Summarize %n transcripts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::DuplicateImportQuestion</name>
    <message numerus="yes">
        <source>This project already has %n of the scenarios in %1.</source>
        <translation>
            <numerusform>This project already has %n of the scenarios in %1.</numerusform>
            <numerusform>This project already has %n of the scenarios in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::NameListText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::PairedComparisonsView</name>
    <message numerus="yes">
        <source>%n of %1 model pairs differ after Holm&apos;s correction (α = 0.05).</source>
        <translation>
            <numerusform>%n of %1 model pairs differs after Holm&apos;s correction (α = 0.05).</numerusform>
            <numerusform>%n of %1 model pairs differ after Holm&apos;s correction (α = 0.05).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::RunGridModel</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sample(s) done</source>
        <translation>
            <numerusform>%1 of %n sample done</numerusform>
            <numerusform>%1 of %n samples done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::RunsView</name>
    <message numerus="yes">
        <source>%n explanation(s) failed; the decision codes are stored.</source>
        <translation>
            <numerusform>%n explanation failed; the decision codes are stored.</numerusform>
            <numerusform>%n explanations failed; the decision codes are stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 summarized again: %n transcript(s).</source>
        <translation>
            <numerusform>Run %1 summarized again: %n transcript.</numerusform>
            <numerusform>Run %1 summarized again: %n transcripts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 summarized: %n transcript(s).</source>
        <translation>
            <numerusform>Run %1 summarized: %n transcript.</numerusform>
            <numerusform>Run %1 summarized: %n transcripts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::ScenariosView</name>
    <message numerus="yes">
        <source>Import %n scenario(s)</source>
        <translation>
            <numerusform>Import %n scenario</numerusform>
            <numerusform>Import %n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n scenario(s)</source>
        <translation>
            <numerusform>Imported %n scenario</numerusform>
            <numerusform>Imported %n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scenario(s) to %1</source>
        <translation>
            <numerusform>Exported %n scenario to %1</numerusform>
            <numerusform>Exported %n scenarios to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::StudyPlanDialog</name>
    <message numerus="yes">
        <source>Run %1%2 (%n scenario(s))</source>
        <translation>
            <numerusform>Run %1%2 (%n scenario)</numerusform>
            <numerusform>Run %1%2 (%n scenarios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calls (all %n model(s))</source>
        <translation>
            <numerusform>Calls (%n model)</numerusform>
            <numerusform>Calls (all %n models)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use %n repeat(s)</source>
        <translation>
            <numerusform>Use %n repeat</numerusform>
            <numerusform>Use %n repeats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To detect a difference of %1 with power %2 at α = %3: %4 scenarios × %n repeat(s) (%5 calls, %6) has the fewest calls.</source>
        <translation>
            <numerusform>To detect a difference of %1 with power %2 at α = %3: %4 scenarios × %n repeat (%5 calls, %6) has the fewest calls.</numerusform>
            <numerusform>To detect a difference of %1 with power %2 at α = %3: %4 scenarios × %n repeats (%5 calls, %6) has the fewest calls.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::TranscriptView</name>
    <message numerus="yes">
        <source>▸ Show the model&apos;s reasoning (%n characters)</source>
        <translation>
            <numerusform>▸ Show the model&apos;s reasoning (%n character)</numerusform>
            <numerusform>▸ Show the model&apos;s reasoning (%n characters)</numerusform>
        </translation>
    </message>
</context>
</TS>
